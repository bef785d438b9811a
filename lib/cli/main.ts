/**
 * The command line:
 *   rolelens analyze [FILE…|-] [--url URL] [--json] [--expect mle|ds|de]
 *   rolelens extract [FILE|-] [--url URL]
 *   rolelens batch FILE.jsonl|-
 * Returns an exit code; never calls process.exit itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../analyze';
import type { ExtractResult, Role } from '../types';
import { ROLES } from '../types';
import { decodeInput } from './decode';
import { formatFailure, formatReport } from './format';
import { hasMarkup, loadHtmlParser, needsHtmlParser, postingFromField, readInput } from './input';
import { resourcesBeside } from './saved-resources';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  readStdin: () => Promise<Uint8Array | string>;
  /** Lines of a file or stdin, for batch (defaults to reading the whole input). */
  readFile?: (path: string) => Uint8Array;
}

/** The project folder: one level above dist/rolelens.mjs, two above lib/cli/main.ts. */
const ROOT = existsSync(join(import.meta.dirname, '..', 'package.json')) ? join(import.meta.dirname, '..') : join(import.meta.dirname, '..', '..');
export const SAMPLE = join(ROOT, 'assets', 'samples', 'data-scientist-posting.txt');
export const VERSION = '0.1.0';

/** At most this much of an input is decoded: RoleLens reads 200,000 characters of a posting. */
const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export const USAGE = `Usage:
  rolelens analyze [FILE…|-] [--url URL] [--json] [--expect mle|ds|de]
      Analyze postings (plain text, an HTML or MHTML page, or a JSON-LD JobPosting). With no FILE,
      analyzes the bundled sample. --url reads a saved page as the extension reads it on
      that site (site adapters included); by default, on the address the page names
      (a "saved from url" mark, SingleFile's header, a web archive's note, a canonical or
      og:url link). A web archive's copy is read on the address it captured. --expect
      exits 1 when any verdict differs.
  rolelens extract [FILE|-] [--url URL]
      Print the posting the extension would read, as JSON: {"ok":true,"posting":{…}} or
      {"ok":false,"failure":{…}} (exit 1).
  rolelens batch FILE.jsonl|-
      One JSON object a line: {"id", "text", "title"?}. Prints one result a line; exits 1
      when any line failed.
  rolelens --help | --version`;

class UsageError extends Error {}

type Flag = 'json' | 'expect' | 'url';
const FLAGS = { json: { type: 'boolean' }, expect: { type: 'string' }, url: { type: 'string' } } as const;

/** A command's options (`--expect=ds` and `--expect ds` alike) and files; `--help` anywhere. */
function parse(args: string[], allowed: Flag[]): { values: { help?: boolean; json?: boolean; expect?: string; url?: string }; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...FLAGS, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const values = parsed.values as { help?: boolean; json?: boolean; expect?: string; url?: string };
  for (const f of Object.keys(FLAGS) as Flag[])
    if (values[f] !== undefined && !allowed.includes(f)) throw new UsageError(`--${f} does not go with this command`);
  return { values, positionals: parsed.positionals };
}

async function readSource(file: string, io: Io): Promise<{ name: string; text?: string; error?: string }> {
  const name = file === '-' ? 'stdin' : file;
  let bytes: Uint8Array;
  try {
    const raw = file === '-' ? await io.readStdin() : (io.readFile ?? readFileSync)(file);
    bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
  } catch (e) {
    return { name, error: `cannot read ${name}: ${(e as Error).message}` };
  }
  const decoded = decodeInput(bytes.length > MAX_INPUT_BYTES ? bytes.subarray(0, MAX_INPUT_BYTES) : bytes);
  if (!decoded.ok) return { name, error: `${name}: ${decoded.message}` };
  if (needsHtmlParser(decoded.text)) await loadHtmlParser();
  return { name, text: decoded.text };
}

async function analyzeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, ['json', 'expect', 'url']);
  if (values.help) return (io.out(USAGE), 0);
  const expectArg = values.expect;
  const expect = expectArg?.toLowerCase() as Role | undefined;
  if (expectArg !== undefined && !(ROLES as readonly string[]).includes(expect!)) throw new UsageError(`--expect takes mle, ds or de (got ${expectArg})`);
  const files = positionals.length ? positionals : [SAMPLE];
  let code = 0;
  const results: unknown[] = [];
  for (const file of files) {
    const src = await readSource(file, io);
    if (src.error !== undefined || src.text === undefined) {
      io.err(src.error ?? `cannot read ${src.name}`);
      code = Math.max(code, 1);
      continue;
    }
    const input = readInput(src.text, values.url, file === '-' ? undefined : resourcesBeside(file));
    if (!input.ok) {
      io.err(`${src.name}: ${formatFailure(input.failure)}`);
      code = Math.max(code, 1);
      continue;
    }
    const report = analyze(input.posting);
    if (values.json) results.push({ file: src.name, posting: { ...input.posting, text: undefined, chars: input.posting.text.length }, report });
    else {
      if (!positionals.length) io.out(`(no file given: analyzing the bundled sample ${SAMPLE.split('/').slice(-3).join('/')})\n`);
      else if (files.length > 1) io.out(`── ${src.name}`);
      io.out(formatReport(report, input.posting));
      if (files.length > 1) io.out('');
    }
    if (expect && report.verdict !== expect) {
      io.err(
        `${files.length > 1 ? `${src.name}: ` : ''}expected ${expect}, the posting reads as ${report.verdict === 'hybrid' ? `hybrid (${report.hybridOf?.join('+')})` : report.verdict}`,
      );
      code = Math.max(code, 1);
    }
  }
  if (values.json) io.out(JSON.stringify(results.length === 1 && files.length === 1 ? results[0] : results, null, 2));
  return code;
}

async function extractCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, ['url']);
  if (values.help) return (io.out(USAGE), 0);
  if (positionals.length > 1) throw new UsageError('extract reads one file');
  const file = positionals[0] ?? SAMPLE;
  const src = await readSource(file, io);
  const result: ExtractResult =
    src.text === undefined
      ? { ok: false, failure: { kind: 'error', message: src.error ?? 'unreadable' } }
      : readInput(src.text, values.url, file === '-' ? undefined : resourcesBeside(file));
  io.out(JSON.stringify(result, null, 2));
  return result.ok ? 0 : 1;
}

async function batchCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, []);
  if (values.help) return (io.out(USAGE), 0);
  const file = positionals[0];
  if (!file) throw new UsageError('batch needs a JSON-lines file (or - for stdin)');
  const src = await readSource(file, io);
  if (src.text === undefined) {
    io.err(src.error ?? `cannot read ${file}`);
    return 2;
  }
  let failures = 0;
  const lines = src.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (!line.trim()) continue;
    let id: unknown = `line ${n + 1}`;
    try {
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (e) {
        throw new Error(`line ${n + 1} is not JSON (${(e as Error).message})`);
      }
      if (!row || typeof row !== 'object' || Array.isArray(row)) throw new Error(`line ${n + 1} must be a JSON object with "id" and "text"`);
      const r = row as { id?: unknown; text?: unknown; title?: unknown };
      id = r.id ?? id;
      if (typeof r.text !== 'string') throw new Error(`line ${n + 1}: "text" must be a string`);
      if (hasMarkup(r.text)) await loadHtmlParser();
      const report = analyze(postingFromField(r.text, typeof r.title === 'string' ? r.title : undefined));
      io.out(JSON.stringify({ id, verdict: report.verdict, scores: report.scores }));
    } catch (e) {
      failures++;
      io.out(JSON.stringify({ id, error: (e as Error).message }));
    }
  }
  if (failures) io.err(`${failures} line(s) could not be analyzed`);
  return failures ? 1 : 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'analyze' || command === 'analyse') return await analyzeCommand(rest, io);
    if (command === 'extract') return await extractCommand(rest, io);
    if (command === 'batch') return await batchCommand(rest, io);
    if (command === '--version' || command === '-v') return (io.out(VERSION), 0);
    if (command === '--help' || command === '-h' || command === 'help') return (io.out(USAGE), 0);
    throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`${e.message}\n\n${USAGE}`);
    return 2;
  }
}
