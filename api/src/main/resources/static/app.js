// The page: sends the journey to POST /api/audits asking for the HTML report, shows it in a
// sandboxed frame and offers it for download; shows the problems of an invalid document.
(function () {
  'use strict';

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
  let downloadUrl = null;

  asOf.value = new Date().toISOString().slice(0, 10);

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
      status.textContent = chosen.name + ' loaded: press Audit.';
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

  function showProblems(problem) {
    problemList.replaceChildren();
    problemsTitle.textContent = problem.title + ': ' + problem.detail;
    (problem.problems || []).forEach(function (p) {
      const item = document.createElement('li');
      const where = document.createElement('code');
      where.textContent = (p.line ? 'line ' + p.line + ':' + p.column + ' ' : '') + (p.path || p.pointer || '');
      item.appendChild(where);
      item.appendChild(document.createTextNode(' ' + p.message));
      problemList.appendChild(item);
    });
    problems.hidden = false;
  }

  async function audit() {
    if (!text.value.trim()) {
      status.textContent = 'Paste or choose a journey document first.';
      return;
    }
    button.disabled = true;
    status.textContent = 'Auditing…';
    problems.hidden = true;
    try {
      const response = await fetch('api/audits?asOf=' + encodeURIComponent(asOf.value || ''), {
        method: 'POST',
        headers: { 'Content-Type': format.value, 'Accept': 'text/html, application/problem+json' },
        body: text.value
      });
      const type = response.headers.get('Content-Type') || '';
      if (response.ok && type.startsWith('text/html')) {
        const html = await response.text();
        frame.srcdoc = html;
        frame.hidden = false;
        placeholder.hidden = true;
        if (downloadUrl) {
          URL.revokeObjectURL(downloadUrl);
        }
        downloadUrl = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
        download.href = downloadUrl;
        download.hidden = false;
        status.textContent = 'Audited.';
      } else if (type.indexOf('json') >= 0) {
        showProblems(await response.json());
        status.textContent = 'The document was not audited.';
      } else {
        status.textContent = 'The service answered ' + response.status + '.';
      }
    } catch (failure) {
      status.textContent = 'The service cannot be reached: ' + failure.message;
    } finally {
      button.disabled = false;
    }
  }

  button.addEventListener('click', audit);
}());
