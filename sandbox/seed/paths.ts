/** Sandbox paths of generated placeholder images (served by routes/images.ts). */
export function placeholderPath(kind: "reuses" | "organizations" | "users", id: string): string {
  return `/_sandbox/images/${kind}/${id}.svg`;
}
