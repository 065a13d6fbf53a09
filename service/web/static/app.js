// Draws the service's answer over the pasted text with DOM text nodes only (no innerHTML of user text).
"use strict";
const $ = (id) => document.getElementById(id);

// A whole HTML document is read as HTML by the service itself (it says so in a warning).
async function loadFile(file) {
  if (file) $("text").value = await file.text();
}
$("file").addEventListener("change", (event) => loadFile(event.target.files[0]));
$("text").addEventListener("dragover", (event) => event.preventDefault());
$("text").addEventListener("drop", (event) => {
  if (!event.dataTransfer.files.length) return;
  event.preventDefault();
  loadFile(event.dataTransfer.files[0]);
});

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function drawCard(meta) {
  const card = $("card");
  card.replaceChildren(el("h2", meta.title || "(no headline)"));
  const authors = (meta.authors || []).map((a) => a.role ? `${a.name} (${a.role})` : a.name).join(", ");
  const dateline = meta.dateline ? [meta.dateline.location, meta.dateline.agency].filter(Boolean).join(", ") : "";
  for (const [label, value] of [["Byline", authors], ["Date", meta.published], ["Publisher", meta.publisher],
                                ["Dateline", dateline]]) {
    if (value) card.append(el("p", `${label}: ${value}`));
  }
  card.hidden = false;
}

// A claim's content without what interrupts it: the quote's pieces around its own attribution.
function contentParts(claim) {
  return (claim.content_parts && claim.content_parts.length) ? claim.content_parts : [claim.content];
}

// One pass over sorted span boundaries: each stretch of text gets the classes of every span covering it.
function drawText(text, data) {
  const spans = [];
  for (const b of data.boilerplate || []) spans.push({ start: b.start, end: b.end, cls: "boilerplate" });
  for (const e of data.entities || []) {
    for (const m of e.mentions || []) {
      spans.push({ start: m.start, end: m.end, cls: `ent ent-${e.type}`, entity: e.id, label: `${e.type}: ${e.name}` });
    }
  }
  for (const c of data.claims || []) {
    for (const part of ["source", "cue"]) {
      if (c[part]) spans.push({ start: c[part].start, end: c[part].end, cls: part });
    }
    for (const piece of contentParts(c)) {
      spans.push({ start: piece.start, end: piece.end, cls: "content" });
    }
  }
  const bounds = [];
  spans.forEach((s, i) => { bounds.push([s.start, 1, i]); bounds.push([s.end, 0, i]); });
  bounds.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const fragment = document.createDocumentFragment();
  const open = new Set();
  let at = 0;
  const flush = (to) => {
    if (to <= at) return;
    const piece = text.slice(at, to);
    if (open.size === 0) { fragment.append(document.createTextNode(piece)); } else {
      const span = el("span", piece, [...open].map((i) => spans[i].cls).join(" "));
      for (const i of open) {
        if (spans[i].entity) { span.dataset.entity = spans[i].entity; span.title = spans[i].label; span.tabIndex = 0; }
      }
      fragment.append(span);
    }
    at = to;
  };
  for (const [pos, isStart, i] of bounds) {
    flush(pos);
    if (isStart) open.add(i); else open.delete(i);
  }
  flush(text.length);
  $("article").replaceChildren(fragment);
  $("article-part").hidden = false;
}

function lightCluster(event, on) {
  const id = event.target.dataset && event.target.dataset.entity;
  if (!id) return;
  for (const node of $("article").querySelectorAll(`[data-entity="${CSS.escape(id)}"]`)) node.classList.toggle("lit", on);
}
for (const [type, on] of [["mouseover", true], ["mouseout", false], ["focusin", true], ["focusout", false]]) {
  $("article").addEventListener(type, (event) => lightCluster(event, on));
}

function drawClaims(claims) {
  const list = el("ol");
  for (const c of claims) {
    const item = el("li", null, "claim");
    item.append(el("span", `[${c.kind}] `));
    if (c.source) item.append(el("span", c.source.text, "source"), " ");
    if (c.cue) item.append(el("span", c.cue.text, "cue"), " ");
    contentParts(c).forEach((part, i) => { if (i) item.append(" … "); item.append(el("span", part.text, "content")); });
    const hedges = (c.hedges || []).map((h) => h.text).join(", ");
    if (hedges) item.append(el("span", ` hedges: ${hedges}`));
    if (c.certainty !== undefined) item.append(el("span", ` certainty: ${c.certainty}`));
    list.append(item);
  }
  $("claims").replaceChildren(el("h2", "Claims"), list);
}

function drawWarnings(warnings) {
  $("warnings").replaceChildren(...warnings.map((w) => el("li", w)));
  $("warnings").hidden = warnings.length === 0;
}

$("show-json").addEventListener("change", () => { $("json").hidden = !$("show-json").checked; });

function showProblem(title, detail) {
  $("error-title").textContent = title;
  $("error-detail").textContent = detail;
  $("error").hidden = false;
  $("status").textContent = "Failed.";
}

// The answer, or a problem built from what came back (a proxy's HTML error page, a dropped connection).
async function post(text, headers) {
  let response;
  try {
    response = await fetch("/v1/structure", { method: "POST", headers, body: JSON.stringify({ text }) });
  } catch (error) {
    return { ok: false, data: { title: "The service could not be reached", detail: String(error) } };
  }
  try {
    return { ok: response.ok, status: response.status, data: await response.json() };
  } catch (error) {
    return { ok: false, data: { title: `Error ${response.status}`, detail: "The answer was not JSON." } };
  }
}

$("form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = $("text").value;
  const headers = { "Content-Type": "application/json" };
  if ($("apikey").value) headers["X-API-Key"] = $("apikey").value;
  $("status").textContent = "Structuring…";
  $("error").hidden = true;
  $("warnings").hidden = true;
  const { ok, status, data } = await post(text, headers);
  $("json").textContent = JSON.stringify(data, null, 2);
  if (!ok) {
    showProblem(data.title || `Error ${status}`, data.detail || "");
    return;
  }
  drawCard(data.metadata || {});
  drawWarnings(data.warnings || []);
  drawClaims(data.claims || []);
  // The spans of an HTML page index the text read from it, which the answer returns.
  drawText(data.source_text ?? text, data);
  $("status").textContent = "Done.";
});
