/**
 * lz-string's `decompressFromEncodedURIComponent`, ported so that it stops as soon as the output
 * passes a size cap. LZW output can grow quadratically with its input (each code may emit the
 * whole previous phrase plus one char), so a 200 KB fragment could otherwise expand to gigabytes
 * before we get a chance to look at it: a decompression bomb. Compression still uses lz-string
 * itself; a round-trip test keeps the two in step.
 */

const URI_SAFE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const RESET_VALUE = 32; // 6 bits per character

export type BoundedResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'bad-alphabet' | 'corrupt' | 'too-large' };

const VALUE_OF: Record<string, number> = {};
for (let i = 0; i < URI_SAFE_ALPHABET.length; i++) VALUE_OF[URI_SAFE_ALPHABET[i]] = i;

export function decompressBounded(encoded: string, maxChars: number): BoundedResult {
  // URLs pasted through some tools turn '+' into ' '; lz-string tolerates that, so do we.
  const input = encoded.replace(/ /g, '+');
  if (input.length === 0) return { ok: false, reason: 'corrupt' };
  const values = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const v = VALUE_OF[input[i]];
    if (v === undefined) return { ok: false, reason: 'bad-alphabet' };
    values[i] = v;
  }

  const length = input.length;
  let index = 1;
  let val = values[0];
  let position = RESET_VALUE;
  const readBits = (count: number): number => {
    let bits = 0;
    let power = 1;
    const maxPower = 2 ** count;
    while (power !== maxPower) {
      const resb = val & position;
      position >>= 1;
      if (position === 0) {
        position = RESET_VALUE;
        // Reading past the end yields 0 bits, like lz-string's NaN-as-0 behaviour.
        val = index < length ? values[index] : 0;
        index++;
      }
      bits |= (resb > 0 ? 1 : 0) * power;
      power <<= 1;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  const result: string[] = [];
  let total = 0;

  let c: string;
  switch (readBits(2)) {
    case 0:
      c = String.fromCharCode(readBits(8));
      break;
    case 1:
      c = String.fromCharCode(readBits(16));
      break;
    case 2:
      return { ok: true, text: '' };
    default:
      return { ok: false, reason: 'corrupt' };
  }
  dictionary[3] = c;
  let w = c;
  result.push(c);
  total = 1;

  for (;;) {
    // Ran out of input without the end-of-stream code: the link was cut short.
    if (index > length) return { ok: false, reason: 'corrupt' };
    let code = readBits(numBits);
    switch (code) {
      case 0:
        dictionary[dictSize++] = String.fromCharCode(readBits(8));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 1:
        dictionary[dictSize++] = String.fromCharCode(readBits(16));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 2:
        return { ok: true, text: result.join('') };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    if (code > 2 && code < dictSize && dictionary[code] !== undefined) {
      entry = dictionary[code];
    } else if (code === dictSize) {
      entry = w + w.charAt(0);
    } else {
      return { ok: false, reason: 'corrupt' };
    }
    total += entry.length;
    if (total > maxChars) return { ok: false, reason: 'too-large' };
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
