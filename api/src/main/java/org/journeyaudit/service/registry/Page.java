package org.journeyaudit.service.registry;

import java.util.List;

/** One page of a listing: its items, which page of what size, and how many items there are in all. */
record Page<T>(List<T> items, int page, int size, long total) {
}
