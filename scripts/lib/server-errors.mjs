// Lines of a server's output that tell of a bug, for `npm run test:load` and `npm run test:faults`.

/**
 * Lines of a server's output telling of an unexpected failure (an uncaught error, a bug: its message or a stack
 * frame), not of an upstream outage the site handled (those lines name no stack).
 */
const ERROR_LINE = /request failed:|tRPC \S+ failed:|⨯|unhandled|uncaught|^\s*at \S+ \(|^\w*Error\b/i;

export function serverErrorLines(output) {
  return output.split("\n").filter((line) => ERROR_LINE.test(line));
}
