/**
 * Test fixture run as a separate process by sqlite.test.ts (`node --conditions=react-server --import tsx`):
 * increments one counter of a store file a number of times, as another app instance on the machine would.
 * Usage: sqlite-increment.fixture.ts <file> <key> <times>
 */
import { createSqliteStore } from "./sqlite";

const [file, key, times] = process.argv.slice(2);
if (!file || !key || !times) throw new Error("usage: sqlite-increment.fixture.ts <file> <key> <times>");
const store = createSqliteStore(file);
for (let i = 0; i < Number(times); i++) await store.increment(key, 60_000);
await store.close();
