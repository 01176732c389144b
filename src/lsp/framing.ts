/**
 * A guard in front of the protocol reader: it passes well-framed messages (`Content-Length: n` headers,
 * a blank line, n bytes) and drops what is not, so garbage on standard input or an oversized message
 * costs that input only, not the connection. The JSON-RPC reader stops for good at the first malformed
 * header; behind this guard it never sees one.
 */
import { Transform, type TransformCallback } from 'node:stream';

/** Largest message passed on (a document sent whole in didOpen or didChange). */
export const MAX_MESSAGE_BYTES = 64 * 1048576;

/** Longest header block looked for before the input counts as garbage. */
const MAX_HEADER_BYTES = 8192;

const SEP = Buffer.from('\r\n\r\n');
const START = Buffer.from('Content-Length:');

export class FrameGuard extends Transform {
  private buf: Buffer = Buffer.alloc(0);
  /** Bytes still to drop of an oversized message. */
  private skip = 0;
  /** The body being received: its length and the chunks so far (joined once, when complete). */
  private body: { length: number; chunks: Buffer[]; have: number } | undefined;

  constructor(
    private readonly log: (s: string) => void,
    private readonly maxBytes = MAX_MESSAGE_BYTES,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const b = this.body;
    if (b && b.have + chunk.length < b.length) {
      b.chunks.push(chunk);
      b.have += chunk.length;
      return void done();
    }
    if (b) {
      const all = Buffer.concat([...b.chunks, chunk]);
      this.body = undefined;
      this.push(Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'ascii'), all.subarray(0, b.length)]));
      this.buf = all.subarray(b.length);
    } else this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    this.drain();
    done();
  }

  private drain(): void {
    for (;;) {
      if (this.skip) {
        const n = Math.min(this.skip, this.buf.length);
        this.buf = this.buf.subarray(n);
        this.skip -= n;
        if (this.skip) return;
      }
      if (!this.buf.length) return;
      const end = this.buf.indexOf(SEP);
      if (end < 0) {
        if (this.buf.length > MAX_HEADER_BYTES) {
          if (!this.resync('no header')) return;
          continue;
        }
        return;
      }
      const length = headerLength(this.buf.subarray(0, end).toString('latin1'));
      if (length === undefined) {
        if (!this.resync('malformed header')) return;
        continue;
      }
      const body = end + SEP.length;
      if (length > this.maxBytes) {
        this.log(`resp: dropped a message of ${length} bytes (more than ${this.maxBytes})`);
        this.buf = this.buf.subarray(body);
        this.skip = length;
        continue;
      }
      if (this.buf.length < body + length) {
        this.body = { length, chunks: [this.buf.subarray(body)], have: this.buf.length - body };
        this.buf = Buffer.alloc(0);
        return;
      }
      this.push(Buffer.concat([Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii'), this.buf.subarray(body, body + length)]));
      this.buf = this.buf.subarray(body + length);
    }
  }

  /** Drop input up to the next header; false when none is in sight yet (the tail is kept in case one starts there). */
  private resync(why: string): boolean {
    const next = this.buf.indexOf(START, 1);
    this.log(`resp: ignored input that is not a protocol message (${why})`);
    if (next < 0) {
      // Keep what could be the start of a header cut in two.
      const keep = Math.min(this.buf.length, START.length - 1);
      const tail = this.buf.subarray(this.buf.length - keep);
      let k = keep;
      while (k > 0 && !START.subarray(0, k).equals(tail.subarray(keep - k))) k--;
      this.buf = Buffer.from(tail.subarray(keep - k));
      return false;
    }
    this.buf = this.buf.subarray(next);
    return true;
  }
}

/** The Content-Length of a header block, or undefined when it is not a valid one. */
function headerLength(block: string): number | undefined {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const m = /^([A-Za-z-]+):[ \t]*(.*)$/.exec(line);
    if (!m) return undefined;
    if (m[1].toLowerCase() === 'content-length') {
      if (!/^\d{1,15}$/.test(m[2].trim())) return undefined;
      length = Number(m[2].trim());
    }
  }
  return length;
}
