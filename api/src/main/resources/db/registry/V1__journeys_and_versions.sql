-- A journey is its key and the pointer to its latest version; versions are never updated or deleted. A version and
-- the pointer move in one transaction, so a reader sees a journey either before or after a version, never between.
CREATE TABLE journey (
    journey_key    VARCHAR(64)  PRIMARY KEY,
    latest_version INTEGER      NOT NULL CHECK (latest_version >= 1),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE journey_version (
    journey_key  VARCHAR(64)   NOT NULL REFERENCES journey (journey_key),
    version      INTEGER       NOT NULL CHECK (version >= 1),
    author       VARCHAR(200)  NOT NULL,
    comment      VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    document     TEXT          NOT NULL,
    name         VARCHAR(500),
    owner        VARCHAR(500),
    product      VARCHAR(500),
    segment      VARCHAR(500),
    PRIMARY KEY (journey_key, version)
);
