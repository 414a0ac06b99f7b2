'use strict';
// The page: posts the article to /v1/summaries and shows the answer. All text is inserted with textContent,
// never as HTML, so an article cannot inject markup into the page.
(() => {
  const $ = (id) => document.getElementById(id);
  const form = $('form'), text = $('text'), status = $('status'), results = $('results');
  let selectedEntity = null;
  let last = null;
  let analysedText = '';

  const looksLikeHtml = (value) => /^\s*<(!doctype|html|head|body|article|div|p)\b/i.test(value);

  function request() {
    const unit = $('unit').value;
    const amount = Number($('amount').value);
    const format = $('format').value === 'auto' ? (looksLikeHtml(text.value) ? 'text/html' : 'text/plain')
      : $('format').value;
    return {
      text: text.value,
      length: { [unit]: unit === 'ratio' ? amount : Math.round(amount) },
      order: $('order').value,
      // No entities.max: every entity the service finds, most salient first (the API's default).
      keyphrases: { max: 10 },
      contentType: format,
      include: ['explanations'],
    };
  }

  function headers() {
    const result = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if ($('apikey').value) result['X-API-Key'] = $('apikey').value;
    return result;
  }

  async function summarise(event) {
    event.preventDefault();
    $('submit').disabled = true;
    status.textContent = 'Summarising…';
    const sent = request();
    try {
      const response = await fetch('/v1/summaries', {
        method: 'POST', headers: headers(),
        body: JSON.stringify(sent),
      });
      const body = await response.json();
      if (!response.ok) {
        const details = (body.errors || []).map((e) => `${e.field}: ${e.message}`).join('; ');
        status.textContent = `${body.title || 'Error'}: ${body.detail || ''} ${details}`;
        return;
      }
      status.textContent = `Done: ${body.summary.sentences.length} sentences, ${body.entities.length} entities.`;
      last = body;
      analysedText = sent.text;
      selectedEntity = null;
      show(body);
    } catch (error) {
      status.textContent = `The service did not answer: ${error.message}`;
    } finally {
      $('submit').disabled = false;
    }
  }

  /** One line on why a sentence was chosen: where its score comes from, the words and entities behind it. */
  function why(explanation, score) {
    const line = document.createElement('small');
    line.className = 'why';
    const percent = (part) => `${Math.round((100 * part) / (score || 1))}%`;
    const parts = [`score ${percent(explanation.centrality)} graph, ${percent(explanation.leadPrior)} lead`];
    if (explanation.titlePrior > 0) parts[0] += `, ${percent(explanation.titlePrior)} title`;
    if (explanation.terms.length) parts.push(`shared words: ${explanation.terms.map((t) => t.text).join(', ')}`);
    if (explanation.entities.length) parts.push(`mentions: ${explanation.entities.join(', ')}`);
    line.textContent = `Why: ${parts.join(' · ')}`;
    return line;
  }

  function show(body) {
    results.hidden = false;
    $('meta').textContent = `Language ${body.language.code} (${Math.round(body.language.confidence * 100)}%) · `
      + `${body.stats.sentences} sentences, ${body.stats.words} words · ${body.stats.processingMs} ms`;
    fill($('warnings'), body.warnings, (li, w) => { li.textContent = w; });
    fill($('summary'), body.summary.sentences, (li, s) => {
      const sentence = document.createElement('span');
      sentence.textContent = s.text;
      li.append(sentence);
      if (s.explanation) li.append(why(s.explanation, s.score));
    });
    fill($('keyphrases'), body.keyphrases, (li, k) => { li.textContent = `${k.text} (${k.count})`; });
    const chips = $('entities');
    chips.replaceChildren();
    body.entities.forEach((entity, i) => {
      const chip = document.createElement('button');
      chip.type = 'button';
      chip.className = `chip ${entity.type}`;
      chip.setAttribute('aria-pressed', 'false');
      chip.dataset.index = i;
      const label = document.createElement('span');
      label.textContent = `${entity.name} `;
      const kind = document.createElement('small');
      kind.textContent = `${entity.type.toLowerCase()} ×${entity.count}`;
      label.append(kind);
      chip.append(label);
      chip.title = `Also written: ${entity.aliases.join(', ')}`;
      chip.addEventListener('click', () => select(i));
      chips.append(chip);
    });
    renderArticle();
  }

  function fill(list, items, render) {
    list.replaceChildren(...items.map((item) => { const li = document.createElement('li'); render(li, item); return li; }));
  }

  function select(index) {
    selectedEntity = selectedEntity === index ? null : index;
    document.querySelectorAll('.chip').forEach((chip) =>
      chip.setAttribute('aria-pressed', String(Number(chip.dataset.index) === selectedEntity)));
    renderArticle();
  }

  // Cuts the analysed text at every sentence and mention boundary and marks each piece.
  function renderArticle() {
    const source = last.source ? last.source.text : analysedText;
    const summary = last.summary.sentences.map((s) => [s.offset, s.offset + s.length]);
    const mentions = selectedEntity === null ? []
      : last.entities[selectedEntity].mentions.map((m) => [m.offset, m.offset + m.length]);
    const cuts = new Set([0, source.length]);
    [...summary, ...mentions].forEach(([a, b]) => { cuts.add(a); cuts.add(b); });
    const points = [...cuts].sort((a, b) => a - b);
    const inside = (ranges, at) => ranges.some(([a, b]) => at >= a && at < b);
    const article = $('article');
    article.replaceChildren();
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const piece = document.createElement(inside(summary, from) || inside(mentions, from) ? 'mark' : 'span');
      if (inside(summary, from)) piece.classList.add('in-summary');
      if (inside(mentions, from)) piece.classList.add('mention');
      piece.textContent = source.slice(from, to);
      article.append(piece);
    }
  }

  async function load(file) {
    text.value = await file.text();
    if (/\.html?$/i.test(file.name) || file.type === 'text/html') $('format').value = 'text/html';
    status.textContent = `Loaded ${file.name}.`;
  }

  form.addEventListener('submit', summarise);
  $('file').addEventListener('change', (e) => { if (e.target.files[0]) load(e.target.files[0]); });
  text.addEventListener('dragover', (e) => { e.preventDefault(); text.classList.add('dragging'); });
  text.addEventListener('dragleave', () => text.classList.remove('dragging'));
  text.addEventListener('drop', (e) => {
    e.preventDefault();
    text.classList.remove('dragging');
    if (e.dataTransfer.files[0]) load(e.dataTransfer.files[0]);
  });
})();
