/// <reference lib="webworker" />
/**
 * Fetches a gzip-compressed file served beside the app (the MNIST digits) and decompresses it
 * with the browser's DecompressionStream, reporting the compressed bytes received as they stream.
 */
export async function fetchAsset(
  path: string,
  onProgress: (loaded: number, total: number) => void,
): Promise<Uint8Array> {
  const url = new URL(`${import.meta.env.BASE_URL}${path}`, self.location.origin);
  const response = await fetch(url);
  if (!response.ok || !response.body)
    throw new Error(`could not load ${path} (HTTP ${response.status})`);
  const total = Number(response.headers.get('content-length')) || 0;
  let loaded = 0;
  const counted = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        loaded += chunk.length;
        onProgress(loaded, total);
        controller.enqueue(chunk);
      },
    }),
  );
  // DecompressionStream's writable side is typed for any BufferSource; it is fed Uint8Arrays.
  const gunzip = new DecompressionStream('gzip') as unknown as ReadableWritablePair<
    Uint8Array,
    Uint8Array
  >;
  const decompressed = path.endsWith('.gz') ? counted.pipeThrough(gunzip) : counted;
  return new Uint8Array(await new Response(decompressed).arrayBuffer());
}
