/**
 * The element's page: the script-tag build of the directory alone, and one `<fw-partner-directory>`
 * filling the viewport. A fixed `seed` makes the default (featured, fairly shuffled) order the same
 * on every run (and the same as the vanilla floor's, which is given the same seed).
 */
const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

export function elementPage(options: {
  apiBase: string;
  publishableKey: string;
  script: string;
  seed: number;
}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>fw-partner-directory (bench)</title>
<style>
  html, body { margin: 0; }
  body { font-family: system-ui, sans-serif; }
  fw-partner-directory { display: block; min-height: 100vh; }
</style>
<script type="module" src="${attribute(options.script)}"></script>
</head>
<body>
<fw-partner-directory api-base="${attribute(options.apiBase)}"
  publishable-key="${attribute(options.publishableKey)}" seed="${options.seed}"></fw-partner-directory>
</body>
</html>
`;
}
