// Writes .br and .gz next to every compressible file of a build, as a CDN serves them.
// Usage: node scripts/compress.mjs dist
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const compressible = /\.(html|js|mjs|css|wasm|svg|json|webmanifest|txt|tsv|bin)$/;

async function* walk(path) {
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (compressible.test(entry.name)) yield full;
  }
}

for await (const file of walk(dir)) {
  const data = await readFile(file);
  await writeFile(file + '.br', brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }));
  await writeFile(file + '.gz', gzipSync(data, { level: 9 }));
}
