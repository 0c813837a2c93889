/** A person's name as udata splits it: "first_name last_name", without the space when one part is empty. */
export function personName(person: { first_name: string; last_name: string }): string {
  return `${person.first_name} ${person.last_name}`.trim();
}
