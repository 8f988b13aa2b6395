/// <reference lib="webworker" />

/** The first two bytes of every gzip stream. */
const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Where the app's files are: the base path when it is absolute (the dev server), otherwise (a
 * relative base: the build, served from any sub-path) the directory above the worker's own
 * script, which the build puts in `assets/`.
 */
function appRoot(): URL {
  const base = import.meta.env.BASE_URL;
  return base.startsWith('/')
    ? new URL(base, self.location.origin)
    : new URL('../', self.location.href);
}

/**
 * Fetches a gzip-compressed file served beside the app (the MNIST digits), reporting the bytes
 * received as they stream, and decompresses it with the browser's DecompressionStream. A server
 * that sent it with Content-Encoding: gzip has had the browser decompress it already: the bytes
 * are then used as they are (told apart by gzip's magic number, not by the file's name).
 */
export async function fetchAsset(
  path: string,
  onProgress: (loaded: number, total: number) => void,
): Promise<Uint8Array> {
  const url = new URL(path, appRoot());
  const response = await fetch(url);
  if (!response.ok || !response.body)
    throw new Error(`could not load ${path} (HTTP ${response.status})`);
  const declared = Number(response.headers.get('content-length')) || 0;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    // Content-Length counts encoded bytes; decoded ones can pass it (then no total is known).
    onProgress(loaded, loaded <= declared ? declared : 0);
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return bytes;
  // DecompressionStream's writable side is typed for any BufferSource; it is fed Uint8Arrays.
  const gunzip = new DecompressionStream('gzip') as unknown as ReadableWritablePair<
    Uint8Array,
    Uint8Array
  >;
  const stream = new Blob([bytes]).stream() as ReadableStream<Uint8Array>;
  return new Uint8Array(await new Response(stream.pipeThrough(gunzip)).arrayBuffer());
}
