import { vi } from "vitest";

// `server-only` throws outside a React Server Components bundle; unit tests run server modules directly.
vi.mock("server-only", () => ({}));
