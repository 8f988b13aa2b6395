/// <reference lib="webworker" />
/** Fetches a file served beside the app (e.g. the MNIST digits), reporting progress as it streams. */
export async function fetchAsset(
  path: string,
  onProgress: (loaded: number, total: number) => void,
): Promise<Uint8Array> {
  const url = new URL(`${import.meta.env.BASE_URL}${path}`, self.location.origin);
  const response = await fetch(url);
  if (!response.ok || !response.body)
    throw new Error(`could not load ${path} (HTTP ${response.status})`);
  const total = Number(response.headers.get('content-length')) || 0;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
