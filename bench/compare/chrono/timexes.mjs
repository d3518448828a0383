// chrono-node over a JSON Lines corpus ({"id", "dct", "text"} per line), the input of `timeline timexes`:
// writes one JSON line per article, in input order, with chrono's results resolved against the article's "dct"
// (chrono's own default, the current time, when it has none):
// {"id", "dct", "timexes": [{"start", "end", "text", "value", "end_value"}]}, offsets in UTF-16 code units like
// timeline's. Usage: node timexes.mjs CORPUS.jsonl > OUT.jsonl
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import * as chrono from 'chrono-node';

const [input] = process.argv.slice(2);
if (!input) {
  console.error('usage: node timexes.mjs CORPUS.jsonl > OUT.jsonl');
  process.exit(2);
}

const day = (date) => date.toISOString().slice(0, 10);
const out = [];
let pending = 0;
const flush = () => {
  if (out.length > 0) process.stdout.write(out.join(''));
  out.length = 0;
  pending = 0;
};

const lines = createInterface({ input: createReadStream(input, { encoding: 'utf8', highWaterMark: 1 << 16 }), crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  const doc = JSON.parse(line);
  // The publication date at noon UTC, so that the day does not move with the time zone.
  const reference = doc.dct ? new Date(`${doc.dct}T12:00:00Z`) : new Date();
  const timexes = chrono.parse(doc.text, reference).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    text: r.text,
    value: day(r.start.date()),
    end_value: r.end ? day(r.end.date()) : null,
  }));
  out.push(JSON.stringify({ id: doc.id, dct: doc.dct ?? null, timexes }) + '\n');
  pending += line.length;
  // Write in blocks of about 1 MB; wait when stdout pushes back, so memory stays flat.
  if (pending > 1 << 20) {
    const ok = process.stdout.write(out.join(''));
    out.length = 0;
    pending = 0;
    if (!ok) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}
flush();
