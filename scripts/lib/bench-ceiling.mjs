// The ceiling of `npm run bench`: a bare Node `http` server answering every request with the bytes of one gzipped
// file, as fast as this machine can. Run as its own process (`node bench-ceiling.mjs <file> <port>`), like the site.
import { readFileSync } from "node:fs";
import http from "node:http";

const [file, port] = process.argv.slice(2);
const body = readFileSync(file);
const headers = {
  "content-type": "text/html; charset=utf-8",
  "content-encoding": "gzip",
  "content-length": String(body.length),
};
http
  .createServer((req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log(`ceiling on ${port}`));
