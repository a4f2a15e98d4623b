import type restify from 'restify';

/** JSON as Bot Framework sends it: `application/json`, with or without a charset. */
const JSON_CONTENT_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

export interface Refusal {
  status: number;
  code: string;
  message: string;
}

/**
 * What the headers alone are enough to refuse, before a byte of the body is read:
 * a body that is not JSON, a declared size over the limit, and any Content-Encoding. restify's body reader
 * would gunzip a compressed body with no limit on the result (its size limit counts the compressed bytes),
 * so 256 kB of gzip could become gigabytes in memory; Bot Framework never compresses what it posts.
 */
export function refusalByHeaders(req: restify.Request, maxBodyBytes: number): Refusal | undefined {
  const contentType = req.headers['content-type'] ?? '';
  if (!JSON_CONTENT_TYPE.test(contentType.trim())) {
    // 400 rather than 415: the contract for every adapter is "400 on junk" (see the edge design).
    return { status: 400, code: 'BadRequest', message: 'The body must be a Bot Framework activity in JSON (Content-Type: application/json).' };
  }
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
    return { status: 415, code: 'UnsupportedMediaType', message: 'Compressed request bodies are not accepted.' };
  }
  const declaredLength = Number(req.headers['content-length']);
  if (Number.isFinite(declaredLength) && declaredLength > maxBodyBytes) {
    return { status: 413, code: 'PayloadTooLarge', message: `Request body size exceeds ${maxBodyBytes} bytes.` };
  }
  return undefined;
}
