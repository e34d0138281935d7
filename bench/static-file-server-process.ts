import { serveFromChild } from './child-entry.js';
import { startStaticFileServer, type StaticFile } from './static-file-server.js';

/** The static-file baseline in its own process, like the server under test. */
serveFromChild(async (options) => {
  const { files } = options as { files: StaticFile[] };
  const server = await startStaticFileServer(files);
  return { url: server.url, info: { files: files.map((file) => file.path) }, close: () => server.close() };
});
