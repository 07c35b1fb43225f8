// The page: sends the journey to POST /api/audits asking for the HTML report, shows it in a
// sandboxed frame and offers it for download; shows the problems of an invalid document.
// In the compare mode, sends two versions to POST /api/diff as one YAML (or JSON) body and shows the
// side-by-side comparison the same way.
// The page speaks the browser's language (English or Russian) until the user switches: its own words, and
// the reports it asks for (the Accept-Language header and the lang parameter say which).
(function () {
  'use strict';

  /** The page's own words; the reports' words come from the service in the language asked for. */
  const WORDS = {
    en: {
      title: 'Journey Audit', catalogue: 'Rule catalogue (JSON)', language: 'Language', documents: 'Journey documents',
      whatToDo: 'What to do', modeAudit: 'Audit a journey', modeCompare: 'Compare two versions', yourJourney: 'Your journey',
      auditHint: 'Drop a journey document (YAML or JSON) here, choose a file, or paste it below.', chooseFile: 'Choose a file',
      format: 'Format', auditDate: 'Audit date', audit: 'Audit', twoVersions: 'Two versions of a journey',
      compareHint: 'Choose the journey as it is and as it will be (YAML or JSON). Both are audited as of the same date '
        + 'and shown side by side, with what the new version resolves and introduces marked.',
      before: 'Before', after: 'After', compare: 'Compare', reportPanel: 'Audit report', auditReport: 'Audit report',
      download: 'Download report',
      placeholder: 'The report appears here: the coverage matrix, the backstage swimlanes, the emotion curve, the findings and '
        + 'the ranked recommendations. Click a recommendation to see its targets on the map. A comparison shows both versions\' '
        + 'matrices and swimlanes side by side.',
      loaded: '{0} loaded: press Audit.', pasteFirst: 'Paste or choose a journey document first.', auditing: 'Auditing…',
      audited: 'Audited.', notAudited: 'The document was not audited.', unreachable: 'The service cannot be reached: {0}',
      answered: 'The service answered {0}.', line: 'line {0}:{1}', bothLoaded: 'Both versions loaded: press Compare.',
      loadedAsBefore: '{0} loaded as the before version.', loadedAsAfter: '{0} loaded as the after version.',
      chooseBoth: 'Choose both versions first: the journey as it is (before) and as it will be (after).',
      comparing: 'Comparing…', compared: 'Compared.', notCompared: 'The versions were not compared.', comparison: 'Comparison',
      modePortfolio: 'Portfolio', storedJourneys: 'Journeys in the registry',
      portfolioHint: 'Each stored journey with its latest audit and the trend of its findings over its kept audits. '
        + 'Choose a journey to see its versions and compare two of them.',
      journey: 'Journey', owner: 'Owner', versionShort: 'Version', findings: 'Findings', savings: 'Annual savings', trend: 'Trend',
      from: 'From', to: 'To', notAuditedYet: 'not audited', loadingPortfolio: 'Reading the registry…',
      portfolioCount: '{0} journeys in the registry.', emptyRegistry: 'The registry holds no journey yet: push one (journey-audit push).',
      versionsOf: 'Versions of {0}', versionLine: 'v{0}, {1}, {2}', trendTitle: 'Findings per audit: {0}',
      savingsTitle: 'annual savings: {0}'
    },
    ru: {
      title: 'Journey Audit — аудит пути клиента', catalogue: 'Каталог правил (JSON)', language: 'Язык', documents: 'Описания путей клиента',
      whatToDo: 'Что сделать', modeAudit: 'Проверить путь клиента', modeCompare: 'Сравнить две версии', yourJourney: 'Ваш путь клиента',
      auditHint: 'Перетащите сюда описание пути (YAML или JSON), выберите файл или вставьте текст ниже.', chooseFile: 'Выбрать файл',
      format: 'Формат', auditDate: 'Дата аудита', audit: 'Проверить', twoVersions: 'Две версии пути клиента',
      compareHint: 'Выберите путь как он есть и каким он станет (YAML или JSON). Обе версии проверяются на одну дату '
        + 'и показываются рядом; отмечено, что новая версия устраняет и что добавляет.',
      before: 'Было', after: 'Стало', compare: 'Сравнить', reportPanel: 'Отчёт об аудите', auditReport: 'Отчёт об аудите',
      download: 'Скачать отчёт',
      placeholder: 'Здесь появится отчёт: матрица покрытия каналами, дорожки бэк-офиса, кривая эмоций, замечания и '
        + 'рекомендации по приоритету. Нажмите на рекомендацию, чтобы увидеть её цели на карте. Сравнение показывает матрицы '
        + 'и дорожки обеих версий рядом.',
      loaded: 'Файл {0} загружен: нажмите «Проверить».', pasteFirst: 'Сначала вставьте или выберите описание пути.',
      auditing: 'Идёт аудит…', audited: 'Аудит выполнен.', notAudited: 'Описание не проверено.',
      unreachable: 'Сервис недоступен: {0}', answered: 'Сервис ответил кодом {0}.', line: 'строка {0}:{1}',
      bothLoaded: 'Обе версии загружены: нажмите «Сравнить».', loadedAsBefore: 'Файл {0} загружен как версия «было».',
      loadedAsAfter: 'Файл {0} загружен как версия «стало».',
      chooseBoth: 'Сначала выберите обе версии: путь как он есть (было) и каким он станет (стало).',
      comparing: 'Идёт сравнение…', compared: 'Сравнение готово.', notCompared: 'Версии не сравнены.', comparison: 'Сравнение',
      modePortfolio: 'Портфель', storedJourneys: 'Пути клиента в реестре',
      portfolioHint: 'Каждый путь клиента из реестра с последним аудитом и динамикой замечаний по сохранённым аудитам. '
        + 'Выберите путь, чтобы увидеть его версии и сравнить две из них.',
      journey: 'Путь клиента', owner: 'Владелец', versionShort: 'Версия', findings: 'Замечания', savings: 'Экономия в год',
      trend: 'Динамика', from: 'С', to: 'По', notAuditedYet: 'аудита не было', loadingPortfolio: 'Читаем реестр…',
      portfolioCount: 'Путей клиента в реестре: {0}.', emptyRegistry: 'В реестре пока нет ни одного пути клиента: добавьте его (journey-audit push).',
      versionsOf: 'Версии пути {0}', versionLine: 'v{0}, {1}, {2}', trendTitle: 'Замечания по аудитам: {0}',
      savingsTitle: 'экономия в год: {0}'
    }
  };

  /** The browser's language when the page speaks it, else English. */
  let language = /^ru\b/i.test((navigator.languages && navigator.languages[0]) || navigator.language || '') ? 'ru' : 'en';

  function t(key) {
    const word = WORDS[language][key];
    const args = arguments;
    return word.replace(/\{(\d)\}/g, function (placeholder, index) {
      const value = args[Number(index) + 1];
      return value === undefined ? placeholder : String(value);
    });
  }

  /** Every word of the page in the chosen language, and the switch showing which one is chosen. */
  function speak(chosen) {
    language = chosen;
    document.documentElement.lang = language;
    document.querySelectorAll('[data-word]').forEach(function (node) { node.textContent = t(node.getAttribute('data-word')); });
    document.querySelectorAll('[data-word-label]').forEach(function (node) {
      node.setAttribute('aria-label', t(node.getAttribute('data-word-label')));
    });
    document.querySelectorAll('[data-word-title]').forEach(function (node) {
      node.setAttribute('title', t(node.getAttribute('data-word-title')));
    });
    document.querySelectorAll('.languages .lang').forEach(function (node) {
      const on = node.getAttribute('data-lang') === language;
      node.classList.toggle('active', on);
      node.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
  }

  document.querySelectorAll('.languages .lang').forEach(function (node) {
    node.addEventListener('click', function () { speak(node.getAttribute('data-lang')); });
  });
  speak(language);

  const text = document.getElementById('journey-text');
  const file = document.getElementById('journey-file');
  const fileName = document.getElementById('file-name');
  const format = document.getElementById('journey-format');
  const asOf = document.getElementById('as-of');
  const button = document.getElementById('audit-button');
  const status = document.getElementById('status');
  const problems = document.getElementById('problems');
  const problemsTitle = document.getElementById('problems-title');
  const problemList = document.getElementById('problem-list');
  const frame = document.getElementById('report-frame');
  const placeholder = document.getElementById('report-placeholder');
  const download = document.getElementById('download-link');
  const dropZone = document.getElementById('drop-zone');
  const compareAsOf = document.getElementById('compare-as-of');
  const compareButton = document.getElementById('compare-button');
  const outputTitle = document.getElementById('output-title');
  let downloadUrl = null;

  asOf.value = new Date().toISOString().slice(0, 10);
  compareAsOf.value = asOf.value;

  function guessFormat(name, content) {
    if (/\.json$/i.test(name || '') || /^\s*[{[]/.test(content)) {
      return 'application/json';
    }
    return 'application/yaml';
  }

  function load(chosen) {
    if (!chosen) {
      return;
    }
    const reader = new FileReader();
    reader.onload = function () {
      text.value = reader.result;
      format.value = guessFormat(chosen.name, reader.result);
      fileName.textContent = chosen.name;
      status.textContent = t('loaded', chosen.name);
    };
    reader.readAsText(chosen);
  }

  file.addEventListener('change', function () { load(file.files[0]); });
  dropZone.addEventListener('dragover', function (event) { event.preventDefault(); dropZone.classList.add('over'); });
  dropZone.addEventListener('dragleave', function () { dropZone.classList.remove('over'); });
  dropZone.addEventListener('drop', function (event) {
    event.preventDefault();
    dropZone.classList.remove('over');
    load(event.dataTransfer.files[0]);
  });
  text.addEventListener('input', function () { format.value = guessFormat('', text.value); });

  /** The problems of a refused document; {@code locate} may say where a problem is in the files the user chose. */
  function showProblems(problem, locate) {
    problemList.replaceChildren();
    problemsTitle.textContent = problem.title + ': ' + problem.detail;
    (problem.problems || []).forEach(function (p) {
      const item = document.createElement('li');
      const where = document.createElement('code');
      where.textContent = locate ? locate(p)
        : (p.line ? t('line', p.line, p.column) + ' ' : '') + (p.path || p.pointer || '');
      item.appendChild(where);
      item.appendChild(document.createTextNode(' ' + p.message));
      problemList.appendChild(item);
    });
    problems.hidden = false;
  }

  async function audit() {
    if (!text.value.trim()) {
      status.textContent = t('pasteFirst');
      return;
    }
    button.disabled = true;
    status.textContent = t('auditing');
    problems.hidden = true;
    try {
      const response = await fetch('api/audits?asOf=' + encodeURIComponent(asOf.value || '') + '&lang=' + language, {
        method: 'POST',
        headers: { 'Content-Type': format.value, 'Accept': 'text/html, application/problem+json', 'Accept-Language': language },
        body: text.value
      });
      await show(response, {done: t('audited'), refused: t('notAudited'), title: t('auditReport'),
        file: 'journey-report.html'});
    } catch (failure) {
      status.textContent = t('unreachable', failure.message);
    } finally {
      button.disabled = false;
    }
  }

  /** The HTML report into the sandboxed frame and the download link, or the problems the service found. */
  async function show(response, what, locate) {
    const type = response.headers.get('Content-Type') || '';
    if (response.ok && type.startsWith('text/html')) {
      const html = await response.text();
      frame.srcdoc = html;
      frame.hidden = false;
      placeholder.hidden = true;
      outputTitle.textContent = what.title;
      if (downloadUrl) {
        URL.revokeObjectURL(downloadUrl);
      }
      downloadUrl = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      download.href = downloadUrl;
      download.setAttribute('download', what.file);
      download.hidden = false;
      status.textContent = what.done;
    } else if (type.indexOf('json') >= 0) {
      showProblems(await response.json(), locate);
      status.textContent = what.refused;
    } else {
      status.textContent = t('answered', response.status);
    }
  }

  button.addEventListener('click', audit);

  // ---------------------------------------------------------------- compare two versions

  const modes = {audit: document.getElementById('mode-audit'), compare: document.getElementById('mode-compare'),
    portfolio: document.getElementById('mode-portfolio')};
  const panels = {audit: document.getElementById('audit-mode'), compare: document.getElementById('compare-mode'),
    portfolio: document.getElementById('portfolio-mode')};
  Object.keys(modes).forEach(function (mode) {
    modes[mode].addEventListener('click', function () {
      Object.keys(modes).forEach(function (other) {
        const on = other === mode;
        modes[other].classList.toggle('active', on);
        modes[other].setAttribute('aria-selected', on ? 'true' : 'false');
        panels[other].hidden = !on;
      });
      problems.hidden = true;
      status.textContent = '';
      if (mode === 'portfolio') {
        portfolio();
      }
    });
  });

  const versions = {before: null, after: null};

  ['before', 'after'].forEach(function (side) {
    const input = document.getElementById(side + '-file');
    const zone = document.getElementById(side + '-zone');
    const name = document.getElementById(side + '-name');
    function read(chosen) {
      if (!chosen) {
        return;
      }
      const reader = new FileReader();
      reader.onload = function () {
        versions[side] = {name: chosen.name, text: String(reader.result)};
        name.textContent = chosen.name;
        status.textContent = versions.before && versions.after ? t('bothLoaded')
          : t(side === 'before' ? 'loadedAsBefore' : 'loadedAsAfter', chosen.name);
      };
      reader.readAsText(chosen);
    }
    input.addEventListener('change', function () { read(input.files[0]); });
    zone.addEventListener('dragover', function (event) { event.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      zone.classList.remove('over');
      read(event.dataTransfer.files[0]);
    });
  });

  /**
   * A document's lines, ready to nest under a key: a byte order mark, directives and the opening '---' are blanked (the
   * lines keep their numbers), and the document ends at a closing '...' or at the next '---'.
   */
  function nestable(text) {
    const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
    let i = 0;
    while (i < lines.length && (/^%/.test(lines[i]) || /^\s*(#.*)?$/.test(lines[i]))) {
      if (/^%/.test(lines[i])) {
        lines[i] = '';
      }
      i++;
    }
    if (i < lines.length && /^---\s*$/.test(lines[i])) {
      lines[i] = '';
      i++;
    }
    for (; i < lines.length; i++) {
      if (/^(\.\.\.|---)(\s.*)?$/.test(lines[i])) {
        lines.length = i;
        break;
      }
    }
    while (lines.length && lines[lines.length - 1].trim() === '') {
      lines.pop();
    }
    return lines;
  }

  /**
   * The body of POST /api/diff: {"before": ..., "after": ...}. Two JSON documents go into a JSON object; otherwise each
   * document is indented under its key in a YAML mapping (JSON is YAML too). Either way the lines of each document
   * keep their order, so a problem's line in the body is found again in the file: {@code locate} does that.
   */
  function comparisonBody(before, after) {
    const json = [before, after].every(function (v) { return /^\s*[{[]/.test(v.text.replace(/^\uFEFF/, '')); });
    const b = nestable(before.text);
    const a = nestable(after.text);
    let body;
    let shift;
    if (json) {
      body = '{"before":\n' + b.join('\n') + '\n,"after":\n' + a.join('\n') + '\n}\n';
      shift = 0;
    } else {
      const indent = function (lines) { return lines.map(function (l) { return l ? '  ' + l : l; }).join('\n'); };
      body = 'before:\n' + indent(b) + '\nafter:\n' + indent(a) + '\n';
      shift = 2;
    }
    const afterStart = 2 + b.length + 1;
    function locate(p) {
      const pointer = p.pointer || '';
      const side = pointer.indexOf('/after') === 0 ? 'after' : pointer.indexOf('/before') === 0 ? 'before' : null;
      let where = '';
      if (side && p.line) {
        const line = side === 'after' ? p.line - afterStart + 1 : p.line - 1;
        where = (side === 'after' ? after : before).name + ' ' + t('line', line, Math.max(1, p.column - shift)) + ' ';
      } else if (side) {
        where = (side === 'after' ? after : before).name + ' ';
      }
      return where + (p.path || pointer);
    }
    return {body: body, type: json ? 'application/json' : 'application/yaml', locate: locate};
  }

  async function compare() {
    if (!versions.before || !versions.after) {
      status.textContent = t('chooseBoth');
      return;
    }
    compareButton.disabled = true;
    status.textContent = t('comparing');
    problems.hidden = true;
    const request = comparisonBody(versions.before, versions.after);
    try {
      const response = await fetch('api/diff?asOf=' + encodeURIComponent(compareAsOf.value || '') + '&lang=' + language, {
        method: 'POST',
        headers: { 'Content-Type': request.type, 'Accept': 'text/html, application/problem+json', 'Accept-Language': language },
        body: request.body
      });
      await show(response, {done: t('compared'), refused: t('notCompared'), title: t('comparison'),
        file: 'journey-comparison.html'}, request.locate);
    } catch (failure) {
      status.textContent = t('unreachable', failure.message);
    } finally {
      compareButton.disabled = false;
    }
  }

  compareButton.addEventListener('click', compare);

  // ---------------------------------------------------------------- the registry's portfolio

  const portfolioBody = document.querySelector('#portfolio-table tbody');
  const versionsPanel = document.getElementById('versions');
  const fromVersion = document.getElementById('from-version');
  const toVersion = document.getElementById('to-version');
  let chosenKey = null;

  function cell(row, content) {
    const td = document.createElement('td');
    if (content instanceof Node) {
      td.appendChild(content);
    } else {
      td.textContent = content === null || content === undefined ? '' : String(content);
    }
    row.appendChild(td);
    return td;
  }

  /**
   * The findings of each kept audit as a small line, oldest first, and, where audits priced recommendations, their annual
   * savings as a second line, each scaled to its own largest value; drawn from the points the registry answered.
   */
  function trendLine(points) {
    const svgNs = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('class', 'trend');
    svg.setAttribute('width', '120');
    svg.setAttribute('height', '30');
    const step = points.length > 1 ? 110 / (points.length - 1) : 0;
    function draw(values, kind) {
      const most = Math.max.apply(null, values.concat([1]));
      const coordinates = values.map(function (v, i) { return (5 + i * step) + ',' + (25 - 20 * v / most); });
      const line = document.createElementNS(svgNs, 'polyline');
      line.setAttribute('class', kind);
      line.setAttribute('points', coordinates.join(' '));
      svg.appendChild(line);
      coordinates.forEach(function (c) {
        const dot = document.createElementNS(svgNs, 'circle');
        dot.setAttribute('class', kind);
        dot.setAttribute('cx', c.split(',')[0]);
        dot.setAttribute('cy', c.split(',')[1]);
        dot.setAttribute('r', '2');
        svg.appendChild(dot);
      });
    }
    const findings = points.map(function (p) { return p.findings; });
    draw(findings, 'findings');
    let words = t('trendTitle', findings.join(', '));
    if (points.some(function (p) { return p.annualSavings !== null; })) {
      const savings = points.map(function (p) { return p.annualSavings === null ? 0 : p.annualSavings; });
      draw(savings, 'savings');
      words += '; ' + t('savingsTitle', savings.map(function (v) { return v.toLocaleString(language); }).join(', '));
    }
    const title = document.createElementNS(svgNs, 'title');
    title.textContent = words;
    svg.appendChild(title);
    return svg;
  }

  async function json(path) {
    const response = await fetch(path, { headers: { 'Accept': 'application/json' } });
    if (!response.ok) {
      throw new Error(t('answered', response.status));
    }
    return response.json();
  }

  async function portfolio() {
    status.textContent = t('loadingPortfolio');
    portfolioBody.replaceChildren();
    versionsPanel.hidden = true;
    try {
      const page = await json('api/registry/journeys?size=100');
      for (const journey of page.items) {
        const history = await json('api/registry/journeys/' + encodeURIComponent(journey.key) + '/history');
        const latest = history.points.length ? history.points[history.points.length - 1] : null;
        const row = document.createElement('tr');
        row.setAttribute('data-key', journey.key);
        cell(row, journey.name ? journey.name + ' (' + journey.key + ')' : journey.key);
        cell(row, journey.owner);
        cell(row, journey.latestVersion);
        cell(row, latest ? latest.findings : t('notAuditedYet'));
        cell(row, latest && latest.annualSavings !== null ? latest.annualSavings.toLocaleString(language) + ' ' + (latest.currency || '') : '');
        cell(row, history.points.length ? trendLine(history.points) : '');
        row.addEventListener('click', function () { versionsOf(journey); });
        portfolioBody.appendChild(row);
      }
      status.textContent = page.items.length ? t('portfolioCount', page.total) : t('emptyRegistry');
    } catch (failure) {
      status.textContent = t('unreachable', failure.message);
    }
  }

  async function versionsOf(journey) {
    chosenKey = journey.key;
    portfolioBody.querySelectorAll('tr').forEach(function (row) {
      row.classList.toggle('chosen', row.getAttribute('data-key') === journey.key);
    });
    const page = await json('api/registry/journeys/' + encodeURIComponent(journey.key) + '/versions?size=100');
    document.getElementById('versions-title').textContent = t('versionsOf', journey.name || journey.key);
    const list = document.getElementById('version-list');
    list.replaceChildren();
    fromVersion.replaceChildren();
    toVersion.replaceChildren();
    page.items.forEach(function (v) {
      const item = document.createElement('li');
      item.value = v.version;
      item.textContent = t('versionLine', v.version, v.createdAt.slice(0, 16).replace('T', ' '), v.author)
        + (v.comment ? ': ' + v.comment : '');
      list.appendChild(item);
      [fromVersion, toVersion].forEach(function (select) {
        const option = document.createElement('option');
        option.value = String(v.version);
        option.textContent = 'v' + v.version;
        select.appendChild(option);
      });
    });
    // the latest against the one before it, the comparison asked for most
    toVersion.value = String(page.items[0].version);
    fromVersion.value = String(page.items.length > 1 ? page.items[1].version : page.items[0].version);
    versionsPanel.hidden = false;
  }

  async function compareVersions() {
    if (!chosenKey) {
      return;
    }
    status.textContent = t('comparing');
    problems.hidden = true;
    try {
      const response = await fetch('api/registry/journeys/' + encodeURIComponent(chosenKey) + '/diff?from=' + fromVersion.value
        + '&to=' + toVersion.value + '&lang=' + language,
        { headers: { 'Accept': 'text/html, application/problem+json', 'Accept-Language': language } });
      await show(response, {done: t('compared'), refused: t('notCompared'), title: t('comparison'),
        file: chosenKey + '-v' + fromVersion.value + '-v' + toVersion.value + '.html'});
    } catch (failure) {
      status.textContent = t('unreachable', failure.message);
    }
  }

  document.getElementById('compare-versions').addEventListener('click', compareVersions);
}());
