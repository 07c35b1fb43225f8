/*
 * Journey Audit: draws the visual report from the JSON embedded in #report-data.
 * Every text that comes from a journey document goes in through textContent or setAttribute, never as
 * markup: the documents come from users. Plain DOM, no framework, no network.
 */
(function () {
  'use strict';

  var SVG_NS = document.getElementById('svg-defs').namespaceURI;
  // the report's data, and the words of its language: every word the page shows comes from them
  var DATA = JSON.parse(document.getElementById('report-data').textContent);
  var WORDS = DATA.words || {};
  var LANGUAGE = DATA.language || 'en';
  var FIGURES = new Intl.NumberFormat(LANGUAGE, {maximumFractionDigits: 2, useGrouping: true});
  var PLURAL_RULES = new Intl.PluralRules(LANGUAGE);
  var SEVERITIES = ['error', 'warning', 'info'];
  var FAMILIES = dictionary();
  (DATA.families || []).forEach(function (family) {
    FAMILIES[family.name] = family;
  });
  var STATUS = {
    present: {symbol: '+', label: t('cell.present'), explain: t('html.status.present')},
    absent: {symbol: '\u2212', label: t('cell.absent'), explain: t('html.status.absent')},
    'not-applicable': {symbol: t('html.symbol.notApplicable'), label: t('html.notApplicable'), explain: t('html.status.notApplicable')},
    undecided: {symbol: '?', label: t('cell.undecided'), explain: t('html.status.undecided')}
  };
  var HINT = t('html.hint');
  var HIGHLIGHTED_STEPS = [
    {rule: 'handoff/ping-pong', cls: 'ping-pong', label: t('html.flag.pingPong'), explain: t('html.flag.pingPong.explain')},
    {rule: 'redundancy/relay-step', cls: 'relay', label: t('html.flag.relay'), explain: t('html.flag.relay.explain')},
    {rule: 'redundancy/unused-output', cls: 'unused', label: t('html.flag.unused'), explain: t('html.flag.unused.explain')}
  ];

  /** The words of a key in the report's language, {0}, {1} ... filled from the further arguments. */
  function t(key) {
    var word = WORDS[key];
    if (word === undefined) {
      return key;
    }
    var args = arguments;
    return word.replace(/\{(\d)\}/g, function (placeholder, index) {
      var value = args[Number(index) + 1];
      return value === undefined ? placeholder : String(value);
    });
  }

  /** The words of a key when the dictionary has them, else the value itself (an identifier a report does not name). */
  function tOr(key, value) {
    return WORDS[key] === undefined ? value : WORDS[key];
  }

  // ---------------------------------------------------------------- helpers

  /** An element with attributes (class, text and the rest through setAttribute) and children. */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    return fill(node, attrs, children);
  }

  function svg(tag, attrs, children) {
    var node = document.createElementNS(SVG_NS, tag);
    return fill(node, attrs, children);
  }

  function fill(node, attrs, children) {
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === null || value === undefined || value === false) {
          return;
        }
        if (name === 'text') {
          node.textContent = String(value);
        } else {
          node.setAttribute(name, String(value));
        }
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) {
        return;
      }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  /** A lookup keyed by journey ids: no inherited keys, so a step called 'constructor' is just a step. */
  function dictionary() {
    return Object.create(null);
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
    return node;
  }

  /**
   * Grouped thousands and at most two decimals, as the text report writes figures in the report's language:
   * 5,030,640 and 3.4 in English, 5 030 640 and 3,4 in Russian.
   */
  function number(value) {
    var n = Number(value);
    return (n < 0 ? '\u2212' : '') + FIGURES.format(Math.round(Math.abs(n) * 100) / 100);
  }

  function money(amount, currency) {
    if (amount === null || amount === undefined) {
      return t('notPriced');
    }
    return number(amount) + (currency ? ' ' + currency : '');
  }

  /** A count and the form of its word that agrees with it, the forms from the dictionary: 3 findings, 3 замечания. */
  function plural(count, word) {
    return number(count) + ' ' + pluralWord(count, word);
  }

  function pluralWord(count, word) {
    var forms = t('plural.' + word).split('|');
    var index = {one: 0, few: 1, many: 2}[PLURAL_RULES.select(count)];
    return forms[Math.min(index === undefined ? forms.length - 1 : index, forms.length - 1)];
  }

  /** Minutes as written in the document, with days or hours beside long ones: 11,520 min (8 days). */
  function minutes(value) {
    var text = t('html.minutes', number(value));
    if (value >= 2 * 1440) {
      return text + ' (' + t('html.days', number(Math.round(value / 144) / 10)) + ')';
    }
    if (value >= 120) {
      return text + ' (' + t('html.hours', number(Math.round(value / 6) / 10)) + ')';
    }
    return text;
  }

  function signed(value) {
    return value > 0 ? '+' + value : value < 0 ? '\u2212' + Math.abs(value) : '0';
  }

  function kindOf(element) {
    var colon = element.indexOf(':');
    return colon < 0 ? '' : element.substring(0, colon);
  }

  function idOf(element) {
    return element.substring(element.indexOf(':') + 1);
  }

  /** Where findings point: each map shape (as the report's data names it, {@code drawn}) to the findings naming it. */
  function indexFindings(report) {
    var byElement = dictionary();
    report.findings.forEach(function (finding) {
      (finding.drawn || []).forEach(function (element) {
        (byElement[element] = byElement[element] || []).push(finding);
      });
    });
    return {
      of: function (element) {
        return byElement[element] || [];
      }
    };
  }

  function findingLines(findings) {
    return findings.map(function (f) {
      return f.id + ' ' + f.ruleId + ' (' + t('severity.' + f.severity) + '): ' + f.message;
    }).join('\n');
  }

  /** The numbers of the findings naming an element; past {@code max}, a count of the rest (the tooltip lists all). */
  function badges(findings, max) {
    if (!findings.length) {
      return null;
    }
    var shown = max && findings.length > max ? findings.slice(0, max - 1) : findings;
    var list = el('span', {'class': 'finding-badges', 'aria-label': t('html.findingsLabel')}, shown.map(function (f) {
      return el('span', {'class': 'finding-badge severity-' + f.severity, text: f.id});
    }));
    if (shown.length < findings.length) {
      list.appendChild(el('span', {'class': 'finding-badge more', text: '+' + (findings.length - shown.length)}));
    }
    return list;
  }

  function worstSeverity(findings) {
    for (var i = 0; i < SEVERITIES.length; i++) {
      for (var j = 0; j < findings.length; j++) {
        if (findings[j].severity === SEVERITIES[i]) {
          return SEVERITIES[i];
        }
      }
    }
    return null;
  }

  /** Marks an element a finding names: class flawed and its worst severity, the findings in its tooltip. */
  function markFlawed(node, findings, tooltip) {
    var lines = tooltip ? [tooltip] : [];
    if (findings.length) {
      node.classList.add('flawed', 'flawed-' + worstSeverity(findings));
      node.setAttribute('data-findings', findings.map(function (f) { return f.id; }).join(' '));
      lines.push(findingLines(findings));
    }
    if (lines.length) {
      node.setAttribute('title', lines.join('\n'));
    }
  }

  /** A readable name for an element a finding or recommendation names, from the journey map. */
  function elementLabel(element, names) {
    var kind = kindOf(element);
    var id = idOf(element);
    if (kind === 'step' && names.steps[id]) {
      return names.steps[id];
    }
    if (kind === 'stage' && names.stages[id]) {
      return names.stages[id];
    }
    if (kind === 'channel' && names.channels[id]) {
      return names.channels[id];
    }
    if (kind === 'touchpoint') {
      var at = id.lastIndexOf('@');
      var stage = id.substring(0, at);
      var channel = id.substring(at + 1);
      return t('html.cellOn', names.stages[stage] || stage, names.channels[channel] || channel);
    }
    return id;
  }

  function elementChip(element, names) {
    return el('span', {'class': 'element-chip kind-' + kindOf(element), 'data-target': element, title: element}, [
      el('span', {'class': 'element-kind', text: tOr('element.' + kindOf(element), kindOf(element))}),
      el('span', {'class': 'element-name', text: elementLabel(element, names)})
    ]);
  }

  // ---------------------------------------------------------------- header and summary

  function renderHeader(report) {
    var journey = report.journey;
    document.title = t('audit.title', journey.name);
    document.getElementById('journey-name').textContent = journey.name;
    document.getElementById('report-header').setAttribute('data-element', 'journey:' + journey.id);
    var meta = clear(document.getElementById('journey-meta'));
    var parts = [[t('html.meta.journey'), journey.id]];
    if (journey.version) {
      parts.push([t('html.meta.version'), journey.version]);
    }
    if (journey.owner) {
      parts.push([t('html.meta.owner'), journey.owner]);
    }
    parts.push([t('html.meta.auditedAsOf'), report.asOfShown || report.asOf]);
    parts.forEach(function (part, i) {
      if (i > 0) {
        meta.appendChild(el('span', {'class': 'sep', text: ' \u00b7 ', 'aria-hidden': 'true'}));
      }
      meta.appendChild(el('span', {'class': 'meta-item'}, [part[0] + ' ', el('strong', {text: part[1]})]));
    });
    if (journey.key) {
      meta.appendChild(el('span', {'class': 'key-badge', text: t('impact.keyJourney')}));
    }

    var summary = report.summary;
    var box = clear(document.getElementById('summary'));
    var families = Object.keys(summary.byFamily);
    box.appendChild(summaryCard(t('findings'), String(summary.findings), 'summary-findings', el('div', null, [
      el('div', {'class': 'chips'}, SEVERITIES.map(function (s) {
        return el('span', {'class': 'chip severity-' + s, 'data-severity': s}, [plural(summary.bySeverity[s] || 0, s)]);
      })),
      families.length ? el('div', {'class': 'chips families'}, families.map(function (f) {
        return el('span', {'class': 'chip family-chip', 'data-family': f}, [familyName(f) + ' ' + summary.byFamily[f]]);
      })) : null
    ])));
    var priorities = dictionary();
    report.recommendations.forEach(function (r) {
      priorities[r.priority] = (priorities[r.priority] || 0) + 1;
    });
    box.appendChild(summaryCard(t('recommendations'), String(summary.recommendations), 'summary-recommendations',
        el('div', {'class': 'chips'}, Object.keys(priorities).sort().map(function (p) {
          return el('span', {'class': 'chip priority ' + p, text: number(priorities[p]) + ' ' + p});
        }))));
    var savings = summaryCard(t('html.savingsPotential'), money(summary.annualSavings, summary.currency), 'summary-savings',
        el('p', {'class': 'card-note', text: summary.annualSavings === null ? t('html.savings.notPriced') : t('html.savings.sum')}));
    if (summary.annualSavings === null) {
      savings.classList.add('not-priced');
    }
    box.appendChild(savings);
    var top = report.recommendations[0];
    if (top) {
      box.appendChild(el('div', {'class': 'card summary-top'}, [
        el('div', {'class': 'card-label', text: t('html.firstRecommendation')}),
        el('div', {'class': 'top-title'}, [el('span', {'class': 'priority ' + top.priority, text: top.priority}), ' ', top.title]),
        el('p', {'class': 'card-note', text: top.impact.annualSavings === null ? t('notPriced')
            : money(top.impact.annualSavings, top.impact.currency) + ' ' + t('aYear')})
      ]));
    }

    var footer = clear(document.getElementById('report-footer'));
    footer.appendChild(el('p', null, [
      t('html.footer.auditOf'), el('strong', {text: journey.name}), t('html.footer.asOf', report.asOfShown || report.asOf)
    ]));
  }

  function summaryCard(label, value, cls, extra) {
    return el('div', {'class': 'card ' + cls}, [
      el('div', {'class': 'card-label', text: label}),
      el('div', {'class': 'card-value', text: value}),
      extra
    ]);
  }

  // ---------------------------------------------------------------- coverage matrix

  /** The coverage matrix into the section {@code sectionId} (default #coverage-matrix). */
  function renderMatrix(map, findings, sectionId) {
    var section = resetSection(sectionId || 'coverage-matrix');
    if (!map.channels.length || !map.stages.length) {
      section.appendChild(el('p', {'class': 'empty', text: t('html.noChannels')}));
      return;
    }
    var cells = dictionary();
    map.cells.forEach(function (cell) {
      cells[cell.stage + '@' + cell.channel] = cell;
    });
    var channelsById = dictionary();
    map.channels.forEach(function (c) {
      channelsById[c.id] = c;
    });

    var headRow = el('tr', null, [el('th', {'class': 'corner', scope: 'col'}, [
      el('span', {'class': 'corner-rows', text: t('html.corner.stage')}), ' \u2193 / ', el('span', {'class': 'corner-cols', text: t('html.corner.channel') + ' \u2192'})
    ])]);
    map.channels.forEach(function (channel) {
      var th = el('th', {'class': 'channel', scope: 'col', 'data-channel': channel.id, 'data-element': 'channel:' + channel.id}, [
        el('span', {'class': 'channel-name', text: channel.name}),
        channel.mode ? el('span', {'class': 'mode mode-' + channel.mode, text: tOr('mode.' + channel.mode, channel.mode)}) : null
      ]);
      markFlawed(th, findings.of('channel:' + channel.id).filter(function (f) { return !f.stage; }), channel.id);
      headRow.appendChild(th);
    });
    var body = el('tbody');
    map.stages.forEach(function (stage, i) {
      var stageFindings = findings.of('stage:' + stage.id);
      var th = el('th', {'class': 'stage', scope: 'row', 'data-stage': stage.id, 'data-element': 'stage:' + stage.id}, [
        el('div', {'class': 'stage-row'}, [
          el('span', {'class': 'stage-number', text: String(i + 1)}),
          el('span', {'class': 'stage-text'}, [
            el('span', {'class': 'stage-name', text: stage.name}),
            stage.goal ? el('span', {'class': 'stage-goal', text: stage.goal}) : null
          ]),
          badges(stageFindings)
        ])
      ]);
      markFlawed(th, stageFindings, stage.id + (stage.goal ? ': ' + stage.goal : ''));
      var row = el('tr', {'data-stage': stage.id}, [th]);
      map.channels.forEach(function (channel) {
        var cell = cells[stage.id + '@' + channel.id] || {status: 'undecided', reason: null, volumePerMonth: null};
        var status = STATUS[cell.status] ? cell.status : 'undecided';
        var element = 'touchpoint:' + stage.id + '@' + channel.id;
        var cellFindings = findings.of(element);
        var td = el('td', {
          'class': 'cell ' + status, 'data-stage': stage.id, 'data-channel': channel.id, 'data-element': element,
          'data-status': status
        }, [
          el('span', {'class': 'symbol', 'aria-label': STATUS[status].label, text: STATUS[status].symbol}),
          cell.volumePerMonth !== null && cell.volumePerMonth !== undefined
            ? el('span', {'class': 'volume', text: t('html.perMonth', number(cell.volumePerMonth))}) : null,
          cell.reason ? el('span', {'class': 'reason-mark', 'aria-label': t('html.reasonGiven'), text: t('html.reason')}) : null,
          badges(cellFindings)
        ]);
        var tooltip = stage.name + ' on ' + channelsById[channel.id].name + ': ' + STATUS[status].label
            + (cell.volumePerMonth !== null && cell.volumePerMonth !== undefined ? ', ' + number(cell.volumePerMonth) + ' contacts a month' : '')
            + (cell.reason ? '\nReason: ' + cell.reason : '');
        markFlawed(td, cellFindings, tooltip);
        row.appendChild(td);
      });
      body.appendChild(row);
    });
    section.appendChild(el('div', {'class': 'table-scroll'}, [
      el('table', {'class': 'matrix'}, [el('thead', null, [headRow]), body])
    ]));

    section.appendChild(matrixLegend());
  }

  function matrixLegend() {
    var legend = el('ul', {'class': 'legend matrix-legend', 'aria-label': t('html.legend')});
    Object.keys(STATUS).forEach(function (status) {
      legend.appendChild(el('li', null, [
        el('span', {'class': 'swatch swatch-' + status, text: STATUS[status].symbol}),
        el('span', null, [el('strong', {text: STATUS[status].label}), ': ' + STATUS[status].explain])
      ]));
    });
    legend.appendChild(el('li', null, [
      el('span', {'class': 'swatch swatch-present swatch-flawed'}, [el('span', {'class': 'finding-badge severity-warning', text: 'F1'})]),
      el('span', null, [el('strong', {text: t('html.flagged')}), ': ' + t('html.flagged.explain')])
    ]));
    return legend;
  }

  function resetSection(id) {
    var section = document.getElementById(id);
    // keep the heading and the introduction written in the page
    Array.prototype.slice.call(section.children).forEach(function (child) {
      if (!(child.tagName === 'H2' || child.classList.contains('section-intro') || child.classList.contains('keep'))) {
        section.removeChild(child);
      }
    });
    return section;
  }

  // ---------------------------------------------------------------- swimlanes

  function stepClasses(report) {
    var classes = dictionary();
    report.findings.forEach(function (finding) {
      HIGHLIGHTED_STEPS.forEach(function (h) {
        if (finding.ruleId === h.rule) {
          finding.elements.filter(function (e) { return kindOf(e) === 'step'; }).forEach(function (e) {
            (classes[idOf(e)] = classes[idOf(e)] || []).push(h.cls);
          });
        }
      });
    });
    return classes;
  }

  /** The backstage swimlanes into the section {@code sectionId} (default #swimlanes). */
  function renderSwimlanes(report, map, findings, sectionId) {
    var section = resetSection(sectionId || 'swimlanes');
    var highlighted = stepClasses(report);
    var anySteps = false;
    var blocks = el('div', {'class': 'stage-lanes-list'});
    map.stages.forEach(function (stage, i) {
      anySteps = anySteps || stage.steps.length > 0;
      blocks.appendChild(stageLanes(stage, i, findings, highlighted));
    });
    section.appendChild(blocks);
    if (!anySteps) {
      section.appendChild(el('p', {'class': 'empty', text: t('html.noSteps')}));
    }
    section.insertBefore(lanesLegend(), blocks);
  }

  function lanesLegend() {
    var legend = el('ul', {'class': 'legend lanes-legend', 'aria-label': t('html.legend')}, [
      el('li', null, [el('span', {'class': 'swatch step-swatch'}), el('span', null, [el('strong', {text: t('html.legend.step')}), t('html.legend.step.explain')])]),
      el('li', null, [legendArrow('flow'), el('span', null, [el('strong', {text: t('html.legend.next')}), t('html.legend.next.explain')])]),
      el('li', null, [legendArrow('handoff'), el('span', null, [el('strong', {text: t('html.legend.handoff')}), t('html.legend.handoff.explain')])]),
      el('li', null, [legendArrow('ping-pong'), el('span', null, [el('strong', {text: t('html.legend.returning')}),
        t('html.legend.returning.explain')])])
    ]);
    HIGHLIGHTED_STEPS.forEach(function (h) {
      legend.appendChild(el('li', null, [
        el('span', {'class': 'swatch step-swatch swatch-' + h.cls}),
        el('span', null, [el('strong', {text: h.label}), ' (' + h.rule + '): ' + h.explain])
      ]));
    });
    return legend;
  }

  function legendArrow(kind) {
    return svg('svg', {'class': 'legend-arrow', width: 44, height: 14, viewBox: '0 0 44 14', 'aria-hidden': 'true'}, [
      svg('path', {'class': 'connector-sample sample-' + kind, d: 'M2,7 H38',
        'marker-end': 'url(#arrow-' + kind + ')'})
    ]);
  }

  function stageLanes(stage, index, findings, highlighted) {
    var steps = stage.steps;
    // the lanes, the handoffs and the minutes as the journey model counts them (the data carries them)
    var actors = stage.lanes;
    var facts = steps.length ? [plural(steps.length, 'step'), plural(actors.length, 'actor'), plural(stage.handoffs, 'handoff')] : [];
    if (stage.workMinutes) {
      facts.push(t('html.ofWork', minutes(stage.workMinutes)));
    }
    if (stage.waitMinutes) {
      facts.push(t('html.ofWaiting', minutes(stage.waitMinutes)));
    }
    if (stage.emotion !== null && stage.emotion !== undefined) {
      facts.push(t('html.emotion', signed(stage.emotion)));
    }
    var stageFindings = findings.of('stage:' + stage.id);
    var head = el('header', {'class': 'stage-head', 'data-stage': stage.id, 'data-element': 'stage:' + stage.id}, [
      el('h3', null, [el('span', {'class': 'stage-number', text: String(index + 1)}), el('span', {text: stage.name}), badges(stageFindings)]),
      stage.goal ? el('p', {'class': 'stage-goal'}, [el('span', {'class': 'muted', text: t('html.customerGoal') + ' '}), stage.goal]) : null,
      facts.length ? el('p', {'class': 'stage-facts', text: facts.join(' \u00b7 ')}) : null
    ]);
    markFlawed(head, stageFindings, null);
    var notes = stageNotes(stage, findings);
    var block = el('article', {'class': 'stage-lanes', 'data-stage': stage.id}, [head, notes]);
    if (!steps.length) {
      block.appendChild(el('p', {'class': 'empty', text: t('html.noStageSteps')}));
      return block;
    }

    // A step spans two narrow columns. The next step by the same actor starts after it; a step by another
    // actor starts one column on, overlapping it like a staircase, so that the handoff arrow drops
    // straight from one lane to the other and a long backstage stays on the screen.
    var lane = steps.map(function (step) {
      return step.lane;
    });
    var column = [];
    var laneEnd = [];
    steps.forEach(function (step, i) {
      var at = i === 0 ? 0 : column[i - 1] + (lane[i] === lane[i - 1] ? 2 : 1);
      at = Math.max(at, laneEnd[lane[i]] || 0);
      column.push(at);
      laneEnd[lane[i]] = at + 2;
    });
    var columns = column[column.length - 1] + 2;

    var lanes = el('div', {'class': 'lanes', 'data-stage': stage.id});
    // the last column only widens the lanes to the block's edge
    lanes.style.gridTemplateColumns = 'var(--lane-label) repeat(' + columns + ', minmax(var(--unit-min), var(--unit-max))) minmax(0, 1fr)';
    lanes.style.gridTemplateRows = 'repeat(' + actors.length + ', auto)';
    actors.forEach(function (actor, row) {
      var laneFindings = findings.of('lane:' + stage.id + '/' + actor);
      var label = el('div', {'class': 'lane-label', 'data-actor': actor, 'data-element': 'actor:' + actor}, [
        el('span', {'class': 'actor-name', text: actor}),
        badges(laneFindings)
      ]);
      label.style.gridRow = String(row + 1);
      markFlawed(label, laneFindings, t('html.actor', actor));
      var band = el('div', {'class': 'lane-band' + (row % 2 ? ' odd' : ''), 'aria-hidden': 'true'});
      band.style.gridRow = String(row + 1);
      band.style.gridColumn = '2 / -1';
      lanes.appendChild(band);
      lanes.appendChild(label);
    });
    steps.forEach(function (step, i) {
      var box = stepBox(step, stage, findings, highlighted[step.id] || []);
      box.style.gridRow = String(lane[i] + 1);
      box.style.gridColumn = (column[i] + 2) + ' / span 2';
      box.setAttribute('data-lane', String(lane[i]));
      lanes.appendChild(box);
    });
    var overlay = svg('svg', {'class': 'connectors', 'aria-hidden': 'true', width: 0, height: 0});
    lanes.appendChild(overlay);
    block.appendChild(el('div', {'class': 'lanes-scroll'}, [lanes]));
    // a long backstage takes a row of its own; a short one sits beside others but never narrower than its lanes
    if (columns > 8) {
      block.classList.add('wide');
    } else {
      block.style.minWidth = 'calc(var(--lane-label) + ' + columns + ' * (var(--unit-min) + 16px) + 48px)';
    }
    return block;
  }

  function stageNotes(stage, findings) {
    if (!stage.pains.length && !stage.barriers.length) {
      return null;
    }
    var notes = el('div', {'class': 'stage-notes'});
    if (stage.pains.length) {
      notes.appendChild(el('div', {'class': 'pains'}, [
        el('h4', {text: t('html.pains')}),
        el('ul', null, stage.pains.map(function (pain) { return el('li', {text: pain}); }))
      ]));
    }
    if (stage.barriers.length) {
      notes.appendChild(el('div', {'class': 'barriers'}, [
        el('h4', {text: t('html.barriers')}),
        el('ul', null, stage.barriers.map(function (barrier, i) {
          var element = 'barrier:' + stage.id + '#' + (i + 1);
          var li = el('li', {'class': 'barrier' + (barrier.solution ? ' resolved' : ' unresolved'), 'data-element': element}, [
            el('span', {'class': 'barrier-text', text: barrier.text}),
            barrier.solution
              ? el('span', {'class': 'solution'}, [' \u2192 ', barrier.solution])
              : el('span', {'class': 'solution none', text: ' \u2192 ' + t('html.noSolution')}),
            badges(findings.of(element))
          ]);
          markFlawed(li, findings.of(element), null);
          return li;
        }))
      ]));
    }
    return notes;
  }

  function stepBox(step, stage, findings, classes) {
    var stepFindings = findings.of('step:' + step.id);
    var meta = [el('span', {'class': 'kind kind-' + step.kind, text: tOr('kind.' + step.kind, step.kind)})];
    if (step.system) {
      meta.push(el('span', {'class': 'system', 'data-element': 'system:' + step.system, text: step.system}));
    }
    if (step.minutes) {
      meta.push(el('span', {'class': 'minutes', text: t('html.minutes', number(step.minutes))}));
    }
    if (step.waitMinutes) {
      meta.push(el('span', {'class': 'wait', text: '+' + t('html.minWait', number(step.waitMinutes))}));
    }
    var flags = HIGHLIGHTED_STEPS.filter(function (h) { return classes.indexOf(h.cls) >= 0; }).map(function (h) {
      return el('span', {'class': 'flag flag-' + h.cls, text: h.label});
    });
    var box = el('div', {
      'class': ['step', 'kind-' + step.kind].concat(classes).join(' '),
      'data-step': step.id, 'data-element': 'step:' + step.id, 'data-actor': stage.lanes[step.lane], tabindex: '0',
      'data-handoff': step.receivesHandoff ? (step.handoffReason ? 'planned' : 'unplanned') : 'none'
    }, [
      flags.length ? el('div', {'class': 'step-flags'}, flags) : null,
      el('div', {'class': 'step-name', text: step.name}),
      el('div', {'class': 'step-meta'}, meta),
      badges(stepFindings, 4)
    ]);
    var tooltip = step.name + '\n' + [step.actor ? t('html.actor', step.actor) : null, step.automated ? t('html.automated') : null,
      step.system ? t('html.system', step.system) : null,
      step.handoffReason ? t('html.plannedHandoff', step.handoffReason) : null,
      t('html.kind', tOr('kind.' + step.kind, step.kind)), step.minutes ? t('html.minutes', number(step.minutes)) : null,
      step.waitMinutes ? t('html.minWaiting', number(step.waitMinutes)) : null].filter(Boolean).join(', ') + '\n(' + t('impact.step', step.id) + ')';
    markFlawed(box, stepFindings, tooltip);
    return box;
  }

  /** Arrows between consecutive steps, drawn over the lanes from where the boxes ended up. */
  function drawConnectors() {
    Array.prototype.forEach.call(document.querySelectorAll('.lanes'), function (lanes) {
      var overlay = lanes.querySelector('svg.connectors');
      clear(overlay);
      // measured without the overlay, which would otherwise count its own old size
      overlay.setAttribute('width', '0');
      overlay.setAttribute('height', '0');
      var width = lanes.scrollWidth;
      var height = lanes.scrollHeight;
      overlay.setAttribute('width', width);
      overlay.setAttribute('height', height);
      overlay.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
      var boxes = Array.prototype.slice.call(lanes.querySelectorAll('.step'));
      for (var i = 1; i < boxes.length; i++) {
        var from = boxes[i - 1];
        var to = boxes[i];
        // a handoff is work reaching another person (the step says so); arrows into and out of automated work are flow
        var handoff = to.getAttribute('data-handoff') !== 'none';
        var returning = handoff && to.classList.contains('ping-pong');
        var kind = returning ? 'ping-pong' : handoff ? 'handoff' : 'flow';
        var path = svg('path', {
          'class': 'connector ' + (returning ? 'handoff ping-pong' : kind), d: route(box(from), box(to)),
          'data-from': from.getAttribute('data-step'), 'data-to': to.getAttribute('data-step'),
          'marker-end': 'url(#arrow-' + kind + ')'
        });
        if (handoff) {
          path.appendChild(svg('title', {text: t('html.handoffTitle', from.getAttribute('data-actor'), to.getAttribute('data-actor'))
              + (returning ? ': ' + t('html.comesBack') : to.getAttribute('data-handoff') === 'planned' ? ' (' + t('html.planned') + ')' : '')}));
        }
        overlay.appendChild(path);
      }
    });
  }

  function box(node) {
    var left = node.offsetLeft;
    var top = node.offsetTop;
    return {left: left, top: top, right: left + node.offsetWidth, bottom: top + node.offsetHeight,
      middle: top + node.offsetHeight / 2, width: node.offsetWidth};
  }

  /** The arrow from one step to the next: across within a lane, straight down or up where the boxes overlap, else an elbow. */
  function route(a, b) {
    var gap = 2;
    if (Math.abs(a.top - b.top) < 1) {
      return 'M' + a.right + ',' + a.middle + ' H' + (b.left - gap);
    }
    var down = b.top > a.top;
    var y1 = down ? a.bottom : a.top;
    var y2 = down ? b.top - gap : b.bottom + gap;
    var overlapLeft = Math.max(a.left, b.left);
    var overlapRight = Math.min(a.right, b.right);
    if (overlapRight - overlapLeft >= 24) {
      var x = Math.round((overlapLeft + overlapRight) / 2);
      return 'M' + x + ',' + y1 + ' V' + y2;
    }
    var bx = b.left + Math.min(28, b.width / 3);
    var r = Math.min(8, Math.abs(y2 - a.middle) / 2, Math.abs(bx - a.right) / 2);
    var dir = down ? 1 : -1;
    return 'M' + a.right + ',' + a.middle + ' H' + (bx - r)
        + ' Q' + bx + ',' + a.middle + ' ' + bx + ',' + (a.middle + dir * r)
        + ' V' + y2;
  }

  // ---------------------------------------------------------------- emotion curve

  function renderEmotion(map) {
    var section = resetSection('emotion-curve');
    var points = [];
    map.stages.forEach(function (stage, i) {
      if (stage.emotion !== null && stage.emotion !== undefined) {
        points.push({stage: stage, number: i + 1});
      }
    });
    if (!points.length) {
      section.appendChild(el('p', {'class': 'empty', text: t('html.noEmotion')}));
      return;
    }
    var n = points.length;
    // few stages are named under their points; many are numbered as in the matrix, with a key below
    var named = n <= 8;
    var width = Math.max(720, Math.min(1240, 180 * n + 120));
    var left = 96;
    var right = 24;
    var top = 20;
    var plotHeight = 210;
    var bottom = named ? 62 : 40;
    var height = top + plotHeight + bottom;
    var step = (width - left - right) / n;
    function y(v) {
      return top + (3 - v) * plotHeight / 6;
    }
    function x(i) {
      return left + step * (i + 0.5);
    }
    var chart = svg('svg', {
      'class': 'emotion-chart', viewBox: '0 0 ' + width + ' ' + height, width: width, height: height,
      role: 'img', 'aria-label': t('html.emotionChart')
    });
    chart.appendChild(svg('rect', {'class': 'zone positive', x: left, y: y(3), width: width - left - right, height: y(0) - y(3)}));
    chart.appendChild(svg('rect', {'class': 'zone negative', x: left, y: y(0), width: width - left - right, height: y(-3) - y(0)}));
    for (var v = -3; v <= 3; v++) {
      chart.appendChild(svg('line', {'class': 'grid' + (v === 0 ? ' zero' : ''), x1: left, x2: width - right, y1: y(v), y2: y(v)}));
      chart.appendChild(svg('text', {'class': 'axis-value', x: left - 10, y: y(v) + 4, 'text-anchor': 'end', text: signed(v)}));
    }
    chart.appendChild(svg('text', {'class': 'axis-word positive', x: 8, y: y(2.5) + 4, text: t('html.positive')}));
    chart.appendChild(svg('text', {'class': 'axis-word', x: 8, y: y(0) + 4, text: t('html.neutral')}));
    chart.appendChild(svg('text', {'class': 'axis-word negative', x: 8, y: y(-2.5) + 4, text: t('html.negative')}));

    chart.appendChild(svg('polyline', {'class': 'emotion-line', points: points.map(function (p, i) {
      return x(i) + ',' + y(p.stage.emotion);
    }).join(' ')}));
    points.forEach(function (p, i) {
      var stage = p.stage;
      var tone = stage.emotion > 0 ? 'positive' : stage.emotion < 0 ? 'negative' : 'neutral';
      chart.appendChild(svg('g', {'class': 'emotion-point ' + tone, 'data-stage': stage.id, 'data-element': 'stage:' + stage.id}, [
        svg('title', {text: p.number + '. ' + stage.name + ': ' + t('html.emotion', signed(stage.emotion))}),
        svg('circle', {cx: x(i), cy: y(stage.emotion), r: 7}),
        svg('text', {'class': 'point-value', x: x(i), y: y(stage.emotion) + (stage.emotion >= 3 ? 24 : -13), 'text-anchor': 'middle',
          text: signed(stage.emotion)})
      ]));
      var labelY = top + plotHeight + 20;
      chart.appendChild(svg('g', {'class': 'stage-tick'}, [
        svg('circle', {'class': 'stage-number-dot', cx: x(i), cy: labelY - 4, r: 9}),
        svg('text', {'class': 'stage-number-text', x: x(i), y: labelY, 'text-anchor': 'middle', text: String(p.number)})
      ]));
      if (named) {
        var text = svg('text', {'class': 'stage-label', x: x(i), y: labelY + 22, 'text-anchor': 'middle'});
        wrap(stage.name, Math.max(10, Math.floor(step / 7.5)), 2).forEach(function (line, k) {
          text.appendChild(svg('tspan', {x: x(i), dy: k === 0 ? 0 : 15, text: line}));
        });
        chart.appendChild(text);
      }
    });
    section.appendChild(el('div', {'class': 'chart-scroll'}, [chart]));
    if (!named) {
      section.appendChild(el('ol', {'class': 'emotion-key'}, points.map(function (p) {
        return el('li', null, [
          el('span', {'class': 'stage-number', text: String(p.number)}),
          el('span', {text: p.stage.name}),
          el('span', {'class': 'muted', text: ' ' + signed(p.stage.emotion)})
        ]);
      })));
    }
    var skipped = map.stages.length - n;
    if (skipped) {
      section.appendChild(el('p', {'class': 'muted small', text: t(skipped === 1 ? 'html.leftOut.one' : 'html.leftOut.many',
          plural(skipped, 'stage'))}));
    }
  }

  function shorten(text, max) {
    return text.length <= max ? text : text.substring(0, max - 1) + '\u2026';
  }

  /** Words into at most {@code lines} lines of about {@code width} characters; the last one shortened. */
  function wrap(text, width, lines) {
    var out = [];
    var current = '';
    text.split(/\s+/).forEach(function (word) {
      if (!current) {
        current = word;
      } else if ((current + ' ' + word).length <= width) {
        current += ' ' + word;
      } else {
        out.push(current);
        current = word;
      }
    });
    if (current) {
      out.push(current);
    }
    if (out.length > lines) {
      out = out.slice(0, lines);
      out[lines - 1] = shorten(out[lines - 1] + ' \u2026', width + 1);
    }
    return out.map(function (line) { return shorten(line, width + 4); });
  }

  // ---------------------------------------------------------------- findings

  function renderFindings(report, names) {
    var section = resetSection('findings');
    renderFindingFamilies(section, report, names);
    renderSuppressed(section, report);
  }

  /** Suppressed findings and suppressions not applied: listed apart, so nothing disappears silently. */
  function renderSuppressed(section, report) {
    var suppressed = report.suppressed || [];
    var notes = report.suppressions || [];
    if (suppressed.length) {
      var list = el('ol', {'class': 'finding-list suppressed-list'});
      suppressed.forEach(function (f) {
        var s = f.suppression;
        list.appendChild(el('li', {'class': 'finding suppressed severity-' + f.severity, 'data-finding': f.id}, [
          el('div', {'class': 'finding-head'}, [
            el('span', {'class': 'finding-id', text: f.id}),
            el('span', {'class': 'severity ' + f.severity, text: t('severity.' + f.severity)}),
            el('code', {'class': 'rule', text: f.ruleId})
          ]),
          el('p', {'class': 'message', text: f.message}),
          el('p', {'class': 'muted', text: t('html.suppressedFor', s.element, s.reason)
            + (s.expires ? ' ' + t('text.until', s.expiresShown || s.expires) : '') + ' [' + s.origin + ']'})
        ]));
      });
      section.appendChild(el('section', {'class': 'family suppressed-findings'}, [
        el('h3', null, [t('html.suppressed'), el('span', {'class': 'count', text: String(suppressed.length)})]),
        el('p', {'class': 'family-intro', text: t('html.suppressed.intro')}),
        list
      ]));
    }
    var baselined = report.baselined || [];
    if (baselined.length) {
      section.appendChild(el('section', {'class': 'family baselined-findings'}, [
        el('h3', null, [t('html.baselined'), el('span', {'class': 'count', text: String(baselined.length)})]),
        el('p', {'class': 'family-intro', text: t('html.baselined.intro')}),
        el('ol', {'class': 'finding-list suppressed-list'}, baselined.map(function (f) {
          return el('li', {'class': 'finding suppressed severity-' + f.severity, 'data-finding': f.id}, [
            el('div', {'class': 'finding-head'}, [
              el('span', {'class': 'finding-id', text: f.id}),
              el('span', {'class': 'severity ' + f.severity, text: t('severity.' + f.severity)}),
              el('code', {'class': 'rule', text: f.ruleId})
            ]),
            el('p', {'class': 'message', text: f.message})
          ]);
        }))
      ]));
    }
    if (notes.length) {
      section.appendChild(el('section', {'class': 'family suppression-notes'}, [
        el('h3', null, [t('md.suppressionNotes'), el('span', {'class': 'count', text: String(notes.length)})]),
        el('ul', null, notes.map(function (n) {
          return el('li', {text: tOr('status.' + n.status, n.status) + ': ' + n.rule + ' ' + t('text.for', n.element) + ' [' + n.origin + ']: '
            + n.message});
        }))
      ]));
    }
  }

  function renderFindingFamilies(section, report, names) {
    if (!report.findings.length) {
      section.appendChild(el('p', {'class': 'empty', text: t('html.noFindings')}));
      return;
    }
    var families = Object.keys(report.summary.byFamily);
    report.findings.forEach(function (f) {
      if (families.indexOf(f.family) < 0) {
        families.push(f.family);
      }
    });
    families.forEach(function (family) {
      var list = el('ol', {'class': 'finding-list'});
      report.findings.filter(function (f) { return f.family === family; }).forEach(function (f) {
        var li = el('li', {
          'class': 'finding severity-' + f.severity, 'data-finding': f.id, id: 'finding-' + f.id,
          'data-rule': f.ruleId, 'data-severity': f.severity, 'data-stage': f.stage, tabindex: '0'
        }, [
          el('div', {'class': 'finding-head'}, [
            el('span', {'class': 'finding-id', text: f.id}),
            el('span', {'class': 'severity ' + f.severity, text: t('severity.' + f.severity)}),
            el('code', {'class': 'rule', text: f.ruleId}),
            f.stage ? el('span', {'class': 'finding-stage'}, [el('span', {'class': 'muted', text: t('html.stage') + ' '}),
              names.stages[f.stage] || f.stage]) : null
          ]),
          el('p', {'class': 'message', text: f.message}),
          el('div', {'class': 'elements'}, f.elements.map(function (e) { return elementChip(e, names); }))
        ]);
        li.setAttribute('data-targets', JSON.stringify(f.elements));
        list.appendChild(li);
      });
      section.appendChild(el('section', {'class': 'family', 'data-family': family}, [
        el('h3', null, [familyTitle(family), el('span', {'class': 'count', text: String(list.children.length)})]),
        FAMILIES[family] ? el('p', {'class': 'family-intro', text: FAMILIES[family].intro}) : null,
        list
      ]));
    });
  }

  // ---------------------------------------------------------------- recommendations

  function renderRecommendations(report, names) {
    var section = resetSection('recommendations');
    if (!report.recommendations.length) {
      section.appendChild(el('p', {'class': 'empty', text: t('html.noRecommendations')}));
      return;
    }
    var list = el('ol', {'class': 'recommendation-list'});
    report.recommendations.forEach(function (r) {
      var impact = r.impact;
      var savings = el('div', {'class': 'savings' + (impact.annualSavings === null ? ' not-priced' : '')}, [
        el('span', {'class': 'savings-value', text: money(impact.annualSavings, impact.currency)}),
        impact.annualSavings === null ? null : el('span', {'class': 'savings-unit', text: t('aYear')})
      ]);
      var effects = [];
      if (impact.contactsAvoidedPerMonth > 0) {
        effects.push(t('contactsAvoided', number(impact.contactsAvoidedPerMonth)));
      }
      if (impact.minutesSavedPerMonth > 0) {
        effects.push(t('minutesSaved', number(impact.minutesSavedPerMonth)));
      }
      var customer = customerEffort(impact.customerEffort);
      var facts = el('dl', {'class': 'rec-facts'});
      fact(facts, t('html.fact.action'), 'action', [el('code', {text: r.action}), ' ' + t('html.on') + ' ',
        el('span', {'class': 'targets'}, r.targets.map(function (t) { return elementChip(t, names); }))]);
      fact(facts, t('html.fact.effort'), 'effort', [el('span', {'class': 'effort-badge effort-' + r.effort, text: t('effort.' + r.effort)})]);
      if (effects.length) {
        fact(facts, t('html.fact.impact'), 'impact', [effects.join(' \u00b7 ')]);
      }
      if (customer) {
        fact(facts, t('html.fact.customer'), 'customer-effort', [customer]);
      }
      fact(facts, t('html.fact.formula'), 'formula', [el('code', {text: impact.formula})]);
      if (impact.inputs.length) {
        fact(facts, t('html.fact.inputs'), 'inputs', [el('ul', {'class': 'input-list'}, impact.inputs.map(function (input) {
          return el('li', {'class': 'input ' + input.source, title: input.from}, [
            el('span', {'class': 'source-badge ' + input.source, text: tOr('source.' + input.source, input.source)}), ' ',
            el('span', {'class': 'input-name', text: input.name}), ' = ',
            el('strong', {text: number(input.value) + (input.unit ? ' ' + input.unit : '')}),
            el('span', {'class': 'input-from muted', text: ' (' + input.from + ')'})
          ]);
        }))]);
      }
      fact(facts, t('html.fact.assumptions'), 'assumptions', impact.assumptions.length
          ? [el('ul', null, impact.assumptions.map(function (a) { return el('li', {text: a}); }))]
          : [el('span', {'class': 'muted', text: impact.inputs.length ? t('html.noAssumptions.measured') : t('text.none')})]);
      fact(facts, t('html.fact.why', r.priority), 'why', [r.why]);
      fact(facts, t('html.fact.answers'), 'answers', r.findings.map(function (id, i) {
        return el('span', null, [i ? ', ' : '', el('a', {href: '#finding-' + id, 'class': 'finding-link', text: id})]);
      }));

      var li = el('li', {
        'class': 'recommendation priority-' + r.priority, 'data-rank': r.rank, 'data-priority': r.priority, 'data-action': r.action,
        tabindex: '0', role: 'button', 'aria-pressed': 'false'
      }, [
        el('div', {'class': 'rec-head'}, [
          el('span', {'class': 'rank', text: String(r.rank)}),
          el('div', {'class': 'rec-title'}, [
            el('span', {'class': 'priority ' + r.priority, title: t('html.priorityScore', r.priority, r.score), text: r.priority}),
            el('h3', {'class': 'title', text: r.title})
          ]),
          savings
        ]),
        facts,
        el('p', {'class': 'rec-hint', text: HINT})
      ]);
      li.setAttribute('data-targets', JSON.stringify(r.targets));
      list.appendChild(li);
    });
    section.appendChild(list);
  }

  /** The cost to serve as the JSON carries it: the total, then a row per stage with its formula and what it assumes. */
  function renderCostToServe(report) {
    var section = resetSection('cost-to-serve');
    var cost = report.costToServe;
    if (!cost || cost.total === null || cost.total === undefined) {
      section.appendChild(el('p', {'class': 'empty', text: t('cost.notPricedSentence')}));
      return;
    }
    section.appendChild(el('p', {'class': 'cost-total'}, [el('strong', {text: money(cost.total, cost.currency)}), ' ' + t('aYear')]));
    var head = el('tr', null, ['html.cost.stage', 'html.cost.handling', 'html.cost.backstage', 'html.cost.total'].map(function (key) {
      return el('th', {text: t(key)});
    }));
    var rows = cost.stages.map(function (stage) {
      var details = [];
      if (stage.formula) {
        details.push(el('code', {'class': 'cost-formula', text: stage.formula}));
      }
      // the figures the event log gives, the log named: the same the recommendations above are priced with
      var observed = (stage.inputs || []).filter(function (input) { return input.source === 'observed'; })
          .map(function (input) { return input.from; })
          .filter(function (from, i, all) { return all.indexOf(from) === i; });
      if (observed.length) {
        details.push(el('p', {'class': 'cost-observed'}, [el('span', {'class': 'source-badge observed-source', text: tOr('source.observed', 'observed')}),
          ' ' + observed.join('; ')]));
      }
      if (stage.assumptions.length) {
        details.push(el('ul', {'class': 'cost-assumptions'}, stage.assumptions.map(function (a) { return el('li', {text: a}); })));
      }
      return el('tr', {'data-stage': stage.stage}, [
        el('td', null, [el('code', {text: stage.stage})].concat(details)),
        el('td', {'class': 'figure', text: stage.handling === null ? '\u2013' : money(stage.handling, cost.currency)}),
        el('td', {'class': 'figure', text: stage.backstage === null ? '\u2013' : money(stage.backstage, cost.currency)}),
        el('td', {'class': 'figure', text: stage.total === null ? '\u2013' : money(stage.total, cost.currency)})
      ]);
    });
    section.appendChild(el('table', {'class': 'cost-table'}, [el('thead', null, [head]), el('tbody', null, rows)]));
  }

  function fact(dl, term, cls, content) {
    dl.appendChild(el('dt', {text: term}));
    dl.appendChild(el('dd', {'class': cls}, content));
  }

  function customerEffort(effort) {
    var parts = [];
    if (effort.requestsRemoved > 0) {
      parts.push(t('fewer', plural(effort.requestsRemoved, 'request')));
    }
    if (effort.handoffsRemoved > 0) {
      parts.push(t('fewer', plural(effort.handoffsRemoved, 'handoff')));
    }
    if (effort.channelSwitchesRemoved > 0) {
      parts.push(t('fewer', plural(effort.channelSwitchesRemoved, 'channelSwitch')));
    }
    if (effort.waitMinutesSaved > 0) {
      parts.push(t('lessWaiting', number(effort.waitMinutesSaved)));
    }
    return parts.join(', ');
  }

  // ---------------------------------------------------------------- selection and highlighting

  var selected = null;

  function clearSelection() {
    if (selected) {
      selected.classList.remove('selected');
      selected.setAttribute('aria-pressed', 'false');
      var hint = selected.querySelector('.rec-hint');
      if (hint) {
        hint.textContent = HINT;
      }
      selected = null;
    }
    Array.prototype.forEach.call(document.querySelectorAll('.highlight'), function (node) {
      node.classList.remove('highlight');
    });
    document.body.classList.remove('has-selection', 'has-highlight');
  }

  /** Selects a recommendation or finding: it and every map element it names are highlighted; again clears. */
  function toggle(item) {
    var again = item === selected;
    clearSelection();
    if (again) {
      return;
    }
    selected = item;
    item.classList.add('selected');
    item.setAttribute('aria-pressed', 'true');
    var first = null;
    var shown = dictionary();
    var targets = [];
    targetGroups(item).forEach(function (group) {
      targets = targets.concat(group.targets.filter(function (t) { return targets.indexOf(t) < 0; }));
      mapElements(group.scope).forEach(function (node) {
        var element = node.getAttribute('data-element');
        if (group.targets.indexOf(element) >= 0) {
          node.classList.add('highlight');
          shown[element] = true;
          first = first || node;
        }
      });
    });
    // the chips of targets the map does not show are told apart
    Array.prototype.forEach.call(item.querySelectorAll('[data-target]'), function (chip) {
      chip.classList.toggle('on-map', shown[chip.getAttribute('data-target')] === true);
    });
    document.body.classList.add('has-selection');
    var hint = item.querySelector('.rec-hint');
    var found = targets.filter(function (t) { return shown[t] === true; }).length;
    if (hint) {
      hint.textContent = (found ? t('html.highlighted', found, plural(targets.length, 'target'))
          : t('html.notDrawn')) + ' ' + t('html.clickAgain');
    }
    if (first) {
      document.body.classList.add('has-highlight');
      first.scrollIntoView({behavior: 'smooth', block: 'center', inline: 'center'});
    }
  }

  var JOURNEY_MAP = ['#report-header', '#coverage-matrix', '#swimlanes', '#emotion-curve'];

  /**
   * What an item names and where: {@code data-groups}, a list of {scope: [section selectors], targets: [elements]} (a
   * finding of a comparison names the elements of its own side), or else its {@code data-targets} on the journey map.
   */
  function targetGroups(item) {
    var groups = item.getAttribute('data-groups');
    if (groups) {
      return JSON.parse(groups);
    }
    return [{scope: JOURNEY_MAP, targets: JSON.parse(item.getAttribute('data-targets') || '[]')}];
  }

  /** The map elements ([data-element]) of the sections named, the sections themselves included. */
  function mapElements(selectors) {
    var nodes = [];
    selectors.forEach(function (selector) {
      var section = document.querySelector(selector);
      if (section) {
        if (section.hasAttribute('data-element')) {
          nodes.push(section);
        }
        nodes = nodes.concat(Array.prototype.slice.call(section.querySelectorAll('[data-element]')));
      }
    });
    return nodes;
  }

  function wireSelection() {
    ['#recommendations', '#findings', '#diff-findings'].forEach(function (selector) {
      var container = document.querySelector(selector);
      container.addEventListener('click', function (event) {
        if (event.target.closest('a')) {
          return;
        }
        var item = event.target.closest('.recommendation, .finding');
        if (item) {
          toggle(item);
        }
      });
      container.addEventListener('keydown', function (event) {
        var item = event.target.closest && event.target.closest('.recommendation, .finding');
        if (item && item === event.target && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          toggle(item);
        }
      });
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        clearSelection();
      }
    });
  }

  // ---------------------------------------------------------------- one journey, and the portfolio

  function names(map) {
    var out = {steps: dictionary(), stages: dictionary(), channels: dictionary()};
    map.stages.forEach(function (stage) {
      out.stages[stage.id] = stage.name;
      stage.steps.forEach(function (step) {
        out.steps[step.id] = step.name;
      });
    });
    map.channels.forEach(function (channel) {
      out.channels[channel.id] = channel.name;
    });
    return out;
  }

  function renderJourney(entry) {
    clearSelection();
    var report = entry.report;
    var map = entry.map;
    var findings = indexFindings(report);
    var known = names(map);
    renderHeader(report);
    renderMatrix(map, findings);
    renderSwimlanes(report, map, findings);
    renderEmotion(map);
    renderFindings(report, known);
    renderRecommendations(report, known);
    renderCostToServe(report);
    if (entry.observed) {
      renderObserved(entry.observed, map);
    }
    drawConnectors();
  }

  // ---------------------------------------------------------------- what the event log shows

  /**
   * Lays what the log shows over the matrix and the swimlanes: the contacts per cell (a cell the design does not serve
   * where the log shows contacts is highlighted), the observed handovers and ping-pong per stage, its durations beside
   * the SLA standard, rework and escalations; with a toggle between the design alone and the design with the log.
   */
  function renderObserved(observed, map) {
    var byStage = dictionary();
    observed.stages.forEach(function (stage) {
      byStage[stage.stage] = stage;
    });
    var header = document.getElementById('report-header');
    var period = observed.period.fromShown ? t('html.observed.period', observed.period.fromShown, observed.period.toShown) : '';
    header.appendChild(el('div', {'class': 'observed-bar', id: 'observed-bar'}, [
      el('p', {'class': 'observed-log'}, [
        el('strong', {text: t('html.observed.log') + ' '}), el('span', {'class': 'observed-log-name', text: observed.log}),
        ': ' + plural(observed.cases, 'case') + ', ' + plural(observed.events, 'event') + (period ? ', ' + period : '')
      ]),
      viewToggle()
    ]));
    overlayMatrix(observed, byStage, map);
    overlaySwimlanes(byStage, map);
  }

  /** The toggle between the design alone and the design with what the log shows. */
  function viewToggle() {
    var group = el('div', {'class': 'observed-toggle', role: 'group', 'aria-label': t('html.observed.view')});
    [['design', t('html.observed.view.design')], ['observed', t('html.observed.view.observed')]].forEach(function (choice) {
      var button = el('button', {type: 'button', 'data-view': choice[0], 'aria-pressed': choice[0] === 'observed' ? 'true' : 'false',
        text: choice[1]});
      button.addEventListener('click', function () {
        var shown = choice[0] === 'observed';
        document.body.classList.toggle('design-only', !shown);
        Array.prototype.forEach.call(group.querySelectorAll('button'), function (b) {
          b.setAttribute('aria-pressed', b === button ? 'true' : 'false');
        });
      });
      group.appendChild(button);
    });
    return group;
  }

  /** Each cell's observed contacts beside the design's mark; contacts on channels the journey does not have, under the matrix. */
  function overlayMatrix(observed, byStage, map) {
    var section = document.getElementById('coverage-matrix');
    var cells = Array.prototype.slice.call(section.querySelectorAll('td.cell'));
    var elsewhere = [];
    map.stages.forEach(function (stage) {
      var seen = byStage[stage.id];
      if (!seen) {
        return;
      }
      seen.contacts.forEach(function (contact) {
        if (contact.cell === null) {
          elsewhere.push(el('li', null, [el('strong', {text: contact.channel}), ' \u00b7 ' + stage.name + ': ' + plural(contact.contacts, 'contact')]));
          return;
        }
        var td = cells.filter(function (c) {
          return c.getAttribute('data-stage') === stage.id && c.getAttribute('data-channel') === contact.channel;
        })[0];
        if (!td) {
          return;
        }
        var text = contact.designed ? t('html.observed.contacts', number(contact.contacts))
          : t('html.observed.notDesigned', number(contact.contacts));
        td.appendChild(el('span', {'class': 'observed observed-contacts' + (contact.designed ? '' : ' undesigned'),
          'data-contacts': contact.contacts, text: text}));
        if (!contact.designed) {
          td.classList.add('observed-undesigned');
        }
        td.title = (td.title ? td.title + '\n' : '') + text;
      });
    });
    var table = section.querySelector('.table-scroll');
    var legend = el('ul', {'class': 'legend observed observed-legend', 'aria-label': t('html.legend')}, [
      el('li', null, [el('span', {'class': 'swatch swatch-observed', text: '12'}),
        el('span', null, [el('strong', {text: t('html.observed.legend.contacts')}), ': ' + t('html.observed.legend.contacts.explain')])]),
      el('li', null, [el('span', {'class': 'swatch swatch-observed-undesigned', text: '!'}),
        el('span', null, [el('strong', {text: t('html.observed.legend.undesigned')}), ': ' + t('html.observed.legend.undesigned.explain')])])
    ]);
    table.parentNode.insertBefore(legend, table.nextSibling);
    if (elsewhere.length) {
      legend.parentNode.insertBefore(el('div', {'class': 'observed observed-other-channels'}, [
        el('p', {text: t('html.observed.otherChannels')}), el('ul', null, elsewhere)]), legend.nextSibling);
    }
  }

  /** Per stage, the handovers the log shows drawn beside the designed lanes, with its durations, rework and escalations. */
  function overlaySwimlanes(byStage, map) {
    var section = document.getElementById('swimlanes');
    var list = section.querySelector('.stage-lanes-list');
    section.insertBefore(el('ul', {'class': 'legend observed observed-lanes-legend', 'aria-label': t('html.legend')}, [
      el('li', null, [legendArrow('observed'), el('span', null, [el('strong', {text: t('html.observed.legend.handover')}),
        ': ' + t('html.observed.legend.handover.explain')])]),
      el('li', null, [legendArrow('observed-undesigned'), el('span', null, [el('strong', {text: t('html.observed.legend.handoverUndesigned')}),
        ': ' + t('html.observed.legend.handoverUndesigned.explain')])]),
      el('li', null, [legendArrow('observed-return'), el('span', null, [el('strong', {text: t('html.observed.legend.pingPong')}),
        ': ' + t('html.observed.legend.pingPong.explain')])])
    ]), list);
    Array.prototype.forEach.call(list.querySelectorAll('article.stage-lanes'), function (block) {
      var seen = byStage[block.getAttribute('data-stage')];
      if (seen) {
        block.appendChild(observedStage(seen));
      }
    });
  }

  function observedStage(seen) {
    var panel = el('div', {'class': 'observed observed-stage', 'data-stage': seen.stage});
    var facts = [plural(seen.cases, 'case')];
    if (seen.duration.p50Shown !== null) {
      facts.push(t('html.observed.duration', seen.duration.p50Shown, seen.duration.p90Shown));
    }
    panel.appendChild(el('h4', {text: t('html.observed.heading')}));
    panel.appendChild(el('p', {'class': 'observed-facts', text: facts.join(' \u00b7 ')}));
    if (seen.sla) {
      panel.appendChild(el('p', {'class': 'observed-sla' + (seen.sla.overCases > 0 ? ' over' : ''),
        text: t('html.observed.sla', seen.sla.standardShown, plural(seen.sla.overCases, 'case'), seen.sla.overShareShown)}));
    }
    panel.appendChild(el('p', {'class': 'observed-rework', text: t('html.observed.rework', plural(seen.rework.cases, 'case'),
      number(seen.rework.events)) + ' \u00b7 ' + t('html.observed.escalations', plural(seen.escalations.cases, 'case'),
      number(seen.escalations.escalations))}));
    if (seen.handovers.length) {
      panel.appendChild(handoverDiagram(seen));
    } else {
      panel.appendChild(el('p', {'class': 'observed-none', text: t('html.observed.noHandovers')}));
    }
    if (seen.unobservedHandoffs.length) {
      panel.appendChild(el('p', {'class': 'observed-unseen', text: t('html.observed.unseen', seen.unobservedHandoffs.map(function (h) {
        return h.from + ' \u2192 ' + h.to;
      }).join(', '))}));
    }
    return panel;
  }

  /**
   * The stage's observed handovers between its actors, one box per actor in the order the log first names them: work
   * passing right arcs above, work passing back arcs below; a pair the work goes both ways between is a ping-pong, its
   * return arrow labelled with the stage's ping-pong cases and returns.
   */
  function handoverDiagram(seen) {
    var actors = [];
    seen.handovers.forEach(function (h) {
      [h.from, h.to].forEach(function (a) {
        if (actors.indexOf(a) < 0) {
          actors.push(a);
        }
      });
    });
    var boxWidth = 116;
    var gap = 84;
    var top = 56;
    var height = 30;
    var width = actors.length * boxWidth + (actors.length - 1) * gap + 20;
    var diagram = svg('svg', {'class': 'observed-handovers', width: width, height: 180, viewBox: '0 0 ' + width + ' 180', role: 'img',
      'aria-label': t('html.observed.heading')});
    function x(actor) {
      return 10 + actors.indexOf(actor) * (boxWidth + gap);
    }
    actors.forEach(function (actor) {
      diagram.appendChild(svg('g', {'class': 'observed-actor', 'data-actor': actor}, [
        svg('title', {text: actor}),
        svg('rect', {x: x(actor), y: top, width: boxWidth, height: height, rx: 4}),
        svg('text', {x: x(actor) + boxWidth / 2, y: top + 19, 'text-anchor': 'middle', text: shorten(actor, 18)})
      ]));
    });
    var pingPongs = seen.pingPong.between;
    seen.handovers.forEach(function (h) {
      var right = x(h.to) > x(h.from);
      // the return of a ping-pong: the handover back along a pair the work goes both ways between
      var returning = !right && pingPongs.some(function (p) {
        return (p[0] === h.to && p[1] === h.from) || (p[0] === h.from && p[1] === h.to);
      });
      var x1 = x(h.from) + boxWidth / 2;
      var x2 = x(h.to) + boxWidth / 2;
      var y = right ? top : top + height;
      var bend = right ? top - 44 : top + height + 44;
      var kind = returning ? 'observed-return' : h.designed ? 'observed' : 'observed-undesigned';
      var label = t('html.observed.handovers', number(h.handovers)) + (h.designed ? '' : ' \u00b7 ' + t('html.observed.notInDesign'));
      var path = svg('path', {'class': 'observed-handover ' + kind + (h.designed ? '' : ' undesigned'), 'data-from': h.from, 'data-to': h.to,
        'data-handovers': h.handovers, d: 'M' + x1 + ',' + y + ' Q' + ((x1 + x2) / 2) + ',' + bend + ' ' + x2 + ',' + y,
        'marker-end': 'url(#arrow-' + kind + ')'}, [svg('title', {text: h.from + ' \u2192 ' + h.to + ': ' + label})]);
      diagram.appendChild(path);
      var labelY = right ? top - 26 : top + height + 34;
      diagram.appendChild(svg('text', {'class': 'observed-label' + (h.designed ? '' : ' undesigned'), x: (x1 + x2) / 2, y: labelY,
        'text-anchor': 'middle', 'data-from': h.from, 'data-to': h.to, text: label}));
      if (returning) {
        diagram.appendChild(svg('text', {'class': 'observed-label ping-pong-label', x: (x1 + x2) / 2, y: labelY + 16, 'text-anchor': 'middle',
          'data-from': h.from, 'data-to': h.to,
          text: t('html.observed.pingPong', plural(seen.pingPong.cases, 'case'), plural(seen.pingPong.returns, 'return'))}));
      }
    });
    return el('div', {'class': 'observed-diagram'}, [diagram]);
  }

  function renderPortfolio(data) {
    var section = document.getElementById('portfolio');
    section.hidden = false;
    document.body.classList.add('is-portfolio');
    document.title = t('html.portfolioTitle', plural(data.journeys.length, 'journey'));
    var p = data.portfolio;
    var summary = clear(document.getElementById('portfolio-summary'));
    summary.appendChild(summaryCard(t('html.journeysAudited'), String(p.journeys), 'summary-journeys',
        p.invalid ? el('p', {'class': 'card-note', text: t('html.invalidNotAudited', p.invalid)}) : null));
    summary.appendChild(summaryCard(t('findings'), String(p.findings), 'summary-findings',
        el('div', {'class': 'chips'}, SEVERITIES.map(function (s) {
          return el('span', {'class': 'chip severity-' + s}, [plural(p.bySeverity[s] || 0, s)]);
        }))));
    var currencies = Object.keys(p.annualSavings);
    summary.appendChild(summaryCard(t('html.savingsPotential'), currencies.length ? currencies.map(function (c) {
      return money(p.annualSavings[c], c);
    }).join(' + ') : t('notPriced'), 'summary-savings', el('p', {'class': 'card-note', text: t('html.perCurrency')})));

    var order = data.worstFirst || data.journeys.map(function (j, i) { return i; });
    var tbody = clear(document.querySelector('#portfolio-table tbody'));
    order.forEach(function (i) {
      var j = data.journeys[i];
      var label = j.label;
      var s = j.report.summary;
      var link = el('a', {href: '#journey-' + (i + 1), 'data-journey': String(i), text: j.report.journey.name});
      tbody.appendChild(el('tr', {'data-journey': String(i)}, [
        el('th', {scope: 'row'}, [link, el('span', {'class': 'muted small', text: ' ' + label})]),
        el('td', {'class': 'num' + (s.bySeverity.error ? ' has-error' : ''), text: String(s.bySeverity.error)}),
        el('td', {'class': 'num' + (s.bySeverity.warning ? ' has-warning' : ''), text: String(s.bySeverity.warning)}),
        el('td', {'class': 'num', text: String(s.bySeverity.info)}),
        el('td', {'class': 'num', text: String(s.recommendations)}),
        el('td', {'class': 'num' + (s.annualSavings === null ? ' not-priced' : ''), text: money(s.annualSavings, s.currency)})
      ]));
    });
    var invalid = clear(document.getElementById('portfolio-invalid'));
    (data.invalid || []).forEach(function (doc) {
      invalid.appendChild(el('div', {'class': 'invalid-doc'}, [
        el('strong', {text: doc.source}),
        ' ' + t('html.invalidDoc', plural(doc.problems.length, 'problem')),
        el('ul', null, doc.problems.slice(0, 10).map(function (problem) {
          return el('li', {text: (problem.line ? problem.line + ':' + problem.column + ': ' : '') + problem.path + ': ' + problem.message});
        }))
      ]));
    });

    var tabs = clear(document.getElementById('journey-tabs'));
    order.forEach(function (i) {
      var j = data.journeys[i];
      tabs.appendChild(el('button', {type: 'button', 'class': 'journey-tab', 'data-journey': String(i), 'aria-selected': 'false'}, [
        el('span', {'class': 'tab-name', text: j.report.journey.name}),
        el('span', {'class': 'tab-label', text: j.label})
      ]));
    });
    function show(i) {
      if (!data.journeys[i]) {
        return;
      }
      Array.prototype.forEach.call(tabs.children, function (tab) {
        var on = tab.getAttribute('data-journey') === String(i);
        tab.classList.toggle('active', on);
        tab.setAttribute('aria-selected', on ? 'true' : 'false');
      });
      document.getElementById('report').setAttribute('data-journey', String(i));
      renderJourney(data.journeys[i]);
    }
    tabs.addEventListener('click', function (event) {
      var tab = event.target.closest('.journey-tab');
      if (tab) {
        show(Number(tab.getAttribute('data-journey')));
      }
    });
    tbody.addEventListener('click', function (event) {
      var link = event.target.closest('a[data-journey]');
      if (link) {
        event.preventDefault();
        show(Number(link.getAttribute('data-journey')));
        tabs.scrollIntoView({behavior: 'smooth', block: 'start'});
      }
    });
    if (!data.journeys.length) {
      document.getElementById('report').hidden = true;
      return;
    }
    var fromHash = /^#journey-(\d+)$/.exec(window.location.hash);
    var first = fromHash ? Number(fromHash[1]) - 1 : order[0];
    show(data.journeys[first] ? first : 0);
  }

  // ---------------------------------------------------------------- two versions side by side

  var SIDES = {
    before: {title: t('html.before'), matrix: '#before-matrix', lanes: '#before-swimlanes'},
    after: {title: t('html.after'), matrix: '#after-matrix', lanes: '#after-swimlanes'}
  };
  var DIFF_MARKS = [
    {cls: 'resolved', side: 'before', label: t('comparison.status.resolved'), explain: t('html.mark.resolved')},
    {cls: 'introduced', side: 'after', label: t('comparison.status.introduced'), explain: t('html.mark.introduced')},
    {cls: 'lost', side: 'before', label: t('html.mark.lost.label'), explain: t('html.mark.lost')},
    {cls: 'gained', side: 'after', label: t('html.mark.gained.label'), explain: t('html.mark.gained')}
  ];

  function renderComparison(data) {
    var comparison = data.comparison;
    document.getElementById('report').hidden = true;
    document.getElementById('comparison').hidden = false;
    document.body.classList.add('is-comparison');
    var before = comparison.before.journey;
    var after = comparison.after.journey;
    document.title = t('comparison.title', after.name);
    document.getElementById('comparison-name').textContent = after.name;
    var meta = clear(document.getElementById('comparison-meta'));
    [[t('html.meta.journey'), after.id + (before.id !== after.id ? ' (' + t('comparison.before') + ': ' + before.id + ')' : '')],
      [t('html.meta.versions'), comparison.before.label + ' \u2192 ' + comparison.after.label],
      [t('html.meta.bothAuditedAsOf'), comparison.asOfShown || comparison.asOf]].forEach(function (part, i) {
      if (i > 0) {
        meta.appendChild(el('span', {'class': 'sep', text: ' \u00b7 ', 'aria-hidden': 'true'}));
      }
      meta.appendChild(el('span', {'class': 'meta-item'}, [part[0] + ' ', el('strong', {text: part[1]})]));
    });
    renderVerdict(comparison);
    renderMeasures(comparison);

    ['before', 'after'].forEach(function (side) {
      var entry = data[side];
      var findings = indexFindings(entry.report);
      renderMatrix(entry.map, findings, SIDES[side].matrix.substring(1));
      renderSwimlanes(entry.report, entry.map, findings, SIDES[side].lanes.substring(1));
      var marks = (data.marks || {})[side] || {};
      Object.keys(marks).forEach(function (cls) {
        markElements([SIDES[side].matrix, SIDES[side].lanes], marks[cls], cls);
      });
    });
    // the longer backstage gets the wider column (a staircase of 10 steps beside one of 5)
    var lanes = document.querySelector('#diff-swimlanes .side-by-side');
    ['before', 'after'].forEach(function (side) {
      var longest = Math.max.apply(null, [4].concat(data[side].map.stages.map(function (stage) { return stage.steps.length; })));
      lanes.style.setProperty('--' + side + '-weight', longest + 'fr');
    });
    appendAfter('#diff-matrices .side-by-side', [diffLegend('matrix'), matrixLegend()]);
    appendAfter('#diff-swimlanes .side-by-side', [diffLegend('lanes'), lanesLegend()]);
    renderDiffFindings(data);

    var footer = clear(document.getElementById('comparison-footer'));
    footer.appendChild(el('p', null, [
      t('html.footer.comparisonOf'), el('strong', {text: after.name}), t('html.footer.comparison', comparison.before.label,
        comparison.after.label, comparison.asOfShown || comparison.asOf)
    ]));
    drawConnectors();
  }

  function appendAfter(selector, nodes) {
    var anchor = document.querySelector(selector);
    nodes.slice().reverse().forEach(function (node) {
      anchor.parentNode.insertBefore(node, anchor.nextSibling);
    });
  }

  /** The key a drawn element answers to: a lane label is its stage's lane, and also the actor. */
  function drawnKeys(node) {
    var element = node.getAttribute('data-element');
    if (node.classList.contains('lane-label')) {
      var lanes = node.closest('[data-stage]');
      return lanes ? ['lane:' + lanes.getAttribute('data-stage') + '/' + node.getAttribute('data-actor'), element] : [element];
    }
    return [element];
  }

  /** Adds the class to the drawn elements of the sections whose names are listed. */
  function markElements(selectors, elements, cls) {
    var wanted = dictionary();
    elements.forEach(function (e) {
      wanted[e] = true;
    });
    mapElements(selectors).forEach(function (node) {
      if (node.classList.contains('system')) {
        return;
      }
      if (drawnKeys(node).some(function (key) { return wanted[key] === true; })) {
        node.classList.add(cls);
        node.setAttribute('title', (node.getAttribute('title') || '') + '\n(' + t('html.inTheComparison', markLabel(cls)) + ')');
        if (node.matches('.step, td.cell, .stage-head, .matrix th, .lane-label')) {
          var tags = node.querySelector(':scope > .diff-tags');
          if (!tags) {
            tags = el('span', {'class': 'diff-tags'});
            node.appendChild(tags);
          }
          tags.appendChild(el('span', {'class': 'diff-tag tag-' + cls, text: markLabel(cls)}));
        }
      }
    });
  }

  function diffLegend(kind) {
    return el('ul', {'class': 'legend diff-legend diff-legend-' + kind, 'aria-label': t('html.diffLegend')},
        DIFF_MARKS.filter(function (m) { return kind === 'matrix' || (m.cls !== 'gained' && m.cls !== 'lost'); }).map(function (m) {
          return el('li', null, [
            el('span', {'class': 'swatch diff-swatch ' + m.cls}),
            el('span', null, [el('strong', {text: m.label}), ' (' + SIDES[m.side].title.toLowerCase() + '): ' + m.explain])
          ]);
        }));
  }

  function renderVerdict(comparison) {
    var box = clear(document.getElementById('verdict'));
    var f = comparison.findings;
    box.setAttribute('data-verdict', comparison.verdict);
    box.appendChild(el('div', {'class': 'verdict-line'}, [
      el('span', {'class': 'verdict-label', text: t('comparison.verdict')}),
      el('span', {'class': 'verdict-word verdict-' + comparison.verdict, id: 'verdict-word',
        text: t('verdict.' + comparison.verdict).toLocaleUpperCase(LANGUAGE)}),
      el('span', {'class': 'verdict-counts', text: [t('html.count.resolved', f.resolved.length), t('html.count.introduced', f.introduced.length),
        t('html.count.changed', f.changed.length), t('html.count.unchanged', f.unchanged.length)].join(' \u00b7 ')})
    ]));
    var reasons = el('ul', {'class': 'verdict-reasons'});
    comparison.reasons.better.forEach(function (r) {
      reasons.appendChild(el('li', {'class': 'reason better'}, [el('span', {'class': 'reason-sign', text: '+'}),
        el('span', {'class': 'reason-text', text: r})]));
    });
    comparison.reasons.worse.forEach(function (r) {
      reasons.appendChild(el('li', {'class': 'reason worse'}, [el('span', {'class': 'reason-sign', text: '\u2212'}),
        el('span', {'class': 'reason-text', text: r})]));
    });
    if (!reasons.children.length) {
      reasons.appendChild(el('li', {'class': 'reason same', text: t('comparison.nothingMoved')}));
    }
    box.appendChild(reasons);
    if (comparison.outcome) {
      box.appendChild(el('p', {'class': 'outcome' + (comparison.outcome.failed ? ' failed' : ''), text: comparison.outcome.failed
          ? t('html.outcome.fails', tOr('severity.' + comparison.outcome.failOn, comparison.outcome.failOn))
          : t('html.outcome.passes', tOr('severity.' + comparison.outcome.failOn, comparison.outcome.failOn))}));
    }
  }

  function renderMeasures(comparison) {
    var section = resetSection('measures');
    var body = el('tbody');
    comparison.measures.forEach(function (m) {
      var way = m.direction;
      body.appendChild(el('tr', {'data-measure': m.name, 'class': 'measure ' + way}, [
        el('th', {scope: 'row', text: m.label + (m.weighed ? '' : ' (' + t('html.notJudged') + ')')}),
        el('td', {'class': 'num', text: number(m.before)}),
        el('td', {'class': 'num', text: number(m.after)}),
        el('td', {'class': 'num change ' + way, text: (m.change > 0 ? '+' : '') + number(m.change)})
      ]));
    });
    var s = comparison.annualSavings;
    body.appendChild(el('tr', {'data-measure': 'annualSavings', 'class': 'measure savings-row'}, [
      el('th', {scope: 'row', text: t('text.savingsPotential')}),
      el('td', {'class': 'num', text: money(s.before, s.currency)}),
      el('td', {'class': 'num', text: money(s.after, s.currency)}),
      el('td', {'class': 'num change', text: s.comparable ? money(s.change, s.currency) : t('comparison.notCompared')})
    ]));
    section.appendChild(el('div', {'class': 'table-scroll'}, [el('table', {'class': 'measures-table'}, [
      el('thead', null, [el('tr', null, [el('th', {scope: 'col', text: t('html.measure')}), el('th', {scope: 'col', 'class': 'num', text: t('html.before')}),
        el('th', {scope: 'col', 'class': 'num', text: t('html.after')}), el('th', {scope: 'col', 'class': 'num', text: t('html.change')})])]),
      body
    ])]));
    var c = comparison.coverage;
    var facts = el('dl', {'class': 'coverage-facts'});
    [[t('comparison.mdCellsGained'), c.gained, true], [t('comparison.mdCellsLost'), c.lost, true], [t('comparison.mdStagesAdded'), c.stagesAdded],
      [t('html.stagesRemoved'), c.stagesRemoved], [t('comparison.mdChannelsAdded'), c.channelsAdded],
      [t('html.channelsRemoved'), c.channelsRemoved]].forEach(function (row) {
      if (row[1].length || row[2]) {
        facts.appendChild(el('dt', {text: row[0]}));
        facts.appendChild(el('dd', {text: row[1].length ? row[1].join(', ') : t('text.none')}));
      }
    });
    section.appendChild(facts);
    (comparison.notes || []).forEach(function (note) {
      section.appendChild(el('p', {'class': 'muted small', text: note}));
    });
  }

  function renderDiffFindings(data) {
    var section = resetSection('diff-findings');
    var f = data.comparison.findings;
    var known = {before: names(data.before.map), after: names(data.after.map)};
    function scope(side) {
      return [SIDES[side].matrix, SIDES[side].lanes];
    }
    var groups = [
      {status: 'resolved', title: t('html.group.resolved'), intro: t('html.group.resolved.intro'),
        items: f.resolved.map(function (finding) { return {before: finding}; })},
      {status: 'introduced', title: t('html.group.introduced'), intro: t('html.group.introduced.intro'),
        items: f.introduced.map(function (finding) { return {after: finding}; })},
      {status: 'changed', title: t('html.group.changed'), intro: t('html.group.changed.intro'),
        items: f.changed},
      {status: 'unchanged', title: t('html.group.unchanged'), intro: t('html.group.unchanged.intro'), items: f.unchanged}
    ];
    groups.forEach(function (group) {
      var list = el('ol', {'class': 'finding-list diff-finding-list'});
      group.items.forEach(function (item) {
        var shown = item.after || item.before;
        var ids = item.before && item.after ? item.before.id + ' \u2192 ' + item.after.id : shown.id;
        var side = item.before && item.after ? 'both' : item.before ? 'before' : 'after';
        var li = el('li', {
          'class': 'finding diff-finding ' + group.status + '-finding severity-' + shown.severity, 'data-status': group.status,
          'data-side': side, 'data-finding': shown.id, 'data-rule': shown.ruleId, tabindex: '0'
        }, [
          el('div', {'class': 'finding-head'}, [
            el('span', {'class': 'finding-id', text: ids}),
            el('span', {'class': 'severity ' + shown.severity, text: t('severity.' + shown.severity)}),
            el('code', {'class': 'rule', text: shown.ruleId}),
            shown.stage ? el('span', {'class': 'finding-stage'}, [el('span', {'class': 'muted', text: t('html.stage') + ' '}),
              (known.after.stages[shown.stage] || known.before.stages[shown.stage] || shown.stage)]) : null
          ]),
          el('p', {'class': 'message', text: shown.message}),
          item.differences && item.differences.length
            ? el('ul', {'class': 'differences'}, item.differences.map(function (d) { return el('li', {text: d}); })) : null,
          el('div', {'class': 'elements'}, shown.elements.map(function (e) { return elementChip(e, known[item.after ? 'after' : 'before']); }))
        ]);
        li.setAttribute('data-groups', JSON.stringify(['before', 'after'].filter(function (s) { return item[s]; }).map(function (s) {
          return {scope: scope(s), targets: item[s].elements};
        })));
        list.appendChild(li);
      });
      section.appendChild(el('section', {'class': 'family diff-group', id: group.status + '-findings', 'data-status': group.status}, [
        el('h3', null, [group.title, el('span', {'class': 'count', text: String(group.items.length)})]),
        el('p', {'class': 'family-intro', text: group.intro}),
        group.items.length ? list : el('p', {'class': 'empty', text: t('md.none')})
      ]));
    });
  }

  /** A family by its name in the report's language; a family of custom checks by the name it was given. */
  function familyName(family) {
    return FAMILIES[family] ? FAMILIES[family].label : family;
  }

  function familyTitle(family) {
    return FAMILIES[family] ? FAMILIES[family].title : family;
  }

  function markLabel(cls) {
    var mark = DIFF_MARKS.filter(function (m) { return m.cls === cls; })[0];
    return mark ? tOr('html.tag.' + cls, cls) : cls;
  }

  function start() {
    var data = DATA;
    wireSelection();
    if (data.comparison) {
      renderComparison(data);
    } else if (data.journeys) {
      renderPortfolio(data);
    } else {
      renderJourney(data);
    }
    var redraw = function () {
      window.requestAnimationFrame(drawConnectors);
    };
    window.addEventListener('resize', redraw);
    window.addEventListener('beforeprint', drawConnectors);
    window.addEventListener('afterprint', drawConnectors);
    if (window.matchMedia) {
      var print = window.matchMedia('print');
      if (print.addEventListener) {
        print.addEventListener('change', drawConnectors);
      }
    }
    if (document.fonts && document.fonts.ready) {
      document.fonts.ready.then(drawConnectors);
    }
    document.documentElement.classList.add('rendered');
  }

  start();
}());
