/** The interactive API reference at `/docs`: Swagger UI served from the installed package, offline. */
// typedoc reads only the entry points, so the ambient declaration is named here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../_swaggerUiDist.d.ts" />
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Files of swagger-ui-dist the page uses (nothing else of the package is served). */
export const docsAssets = ['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png'] as const;

const types: Readonly<Record<string, string>> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  png: 'image/png',
};

let folder: string | undefined;
const cache = new Map<string, Uint8Array>();

/** The bytes and media type of an asset (read once, then kept). */
export async function docsAsset(
  name: (typeof docsAssets)[number],
): Promise<{ body: Uint8Array; type: string }> {
  if (folder === undefined) {
    // The package's own helper: its folder, found the same way from the ESM and the CJS build.
    const { default: getAbsoluteFSPath } = await import('swagger-ui-dist/absolute-path.js');
    folder = getAbsoluteFSPath();
  }
  let body = cache.get(name);
  if (body === undefined) {
    body = new Uint8Array(await readFile(join(folder, name)));
    cache.set(name, body);
  }
  return { body, type: types[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream' };
}

/** The page: no inline script, so the Content-Security-Policy can forbid them. */
export const docsHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>mpp-kit API</title>
<link rel="icon" href="/docs/assets/favicon-32x32.png">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="api"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

/** Starts Swagger UI on the generated document. */
export const docsInit = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#api', deepLinking: true });\n`;
