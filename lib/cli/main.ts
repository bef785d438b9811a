/**
 * The command line: `rolelens analyze [FILE|-] [--json] [--expect mle|ds|de]` and
 * `rolelens batch FILE.jsonl`. Returns an exit code; never calls process.exit itself.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analyze';
import { postingFromText } from '../extract';
import type { Role } from '../types';
import { ROLES } from '../types';
import { formatReport } from './format';
import { postingFromInput } from './input';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  readStdin: () => Promise<string>;
}

export const SAMPLE = join(import.meta.dirname, '..', '..', 'assets', 'samples', 'data-scientist-posting.txt');

const USAGE = `Usage:
  rolelens analyze [FILE|-] [--json] [--expect mle|ds|de]
      Analyse a posting (plain text, HTML page or JSON-LD JobPosting). With no FILE,
      analyses the bundled sample. --expect exits 1 when the verdict differs.
  rolelens batch FILE.jsonl
      One JSON object a line: {"id", "text", "title"?}. Prints one result a line.`;

async function analyzeCommand(args: string[], io: Io): Promise<number> {
  let file: string | undefined;
  let json = false;
  let expect: Role | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--expect') {
      const v = args[++i]?.toLowerCase();
      if (!v || !(ROLES as readonly string[]).includes(v)) {
        io.err(`--expect takes mle, ds or de (got ${v ?? 'nothing'})`);
        return 2;
      }
      expect = v as Role;
    } else if (a.startsWith('--')) {
      io.err(`unknown option ${a}\n${USAGE}`);
      return 2;
    } else file = a;
  }
  let raw: string;
  let name = file ?? SAMPLE;
  try {
    raw = file === '-' ? await io.readStdin() : readFileSync(name, 'utf8');
    if (file === '-') name = 'stdin';
  } catch (e) {
    io.err(`cannot read ${name}: ${(e as Error).message}`);
    return 2;
  }
  const input = postingFromInput(raw, name);
  if (!input.ok) {
    io.err(input.message);
    return 2;
  }
  const report = analyze(input.posting);
  if (json) io.out(JSON.stringify({ posting: { ...input.posting, text: undefined, chars: input.posting.text.length }, report }, null, 2));
  else {
    if (!file) io.out(`(no file given: analysing the bundled sample ${SAMPLE.split('/').slice(-3).join('/')})\n`);
    io.out(formatReport(report, input.posting));
  }
  if (expect && report.verdict !== expect) {
    io.err(`expected ${expect}, the posting reads as ${report.verdict === 'hybrid' ? `hybrid (${report.hybridOf?.join('+')})` : report.verdict}`);
    return 1;
  }
  return 0;
}

async function batchCommand(args: string[], io: Io): Promise<number> {
  const file = args[0];
  if (!file) {
    io.err(USAGE);
    return 2;
  }
  let failures = 0;
  let n = 0;
  const lines = createInterface({ input: file === '-' ? process.stdin : createReadStream(file), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      let id: unknown = `line ${n}`;
      try {
        const row = JSON.parse(line) as { id?: unknown; text?: unknown; title?: unknown };
        id = row.id ?? id;
        if (typeof row.text !== 'string') throw new Error('"text" must be a string');
        const r = analyze(postingFromText(row.text, 'file', undefined, typeof row.title === 'string' ? row.title : undefined));
        io.out(JSON.stringify({ id, verdict: r.verdict, scores: r.scores }));
      } catch (e) {
        failures++;
        io.out(JSON.stringify({ id, error: (e as Error).message }));
      }
    }
  } catch (e) {
    io.err(`cannot read ${file}: ${(e as Error).message}`);
    return 2;
  }
  if (failures) io.err(`${failures} line(s) could not be analysed`);
  return 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'analyze' || command === 'analyse') return analyzeCommand(rest, io);
  if (command === 'batch') return batchCommand(rest, io);
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  io.err(USAGE);
  return 2;
}
