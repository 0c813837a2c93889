// The reuses the producer area's integration tests create.

let counter = 0;

/** The fields of a valid new reuse, with a unique title word and url. */
export function newReuseFields(word: string) {
  counter += 1;
  const unique = `${word}${Date.now().toString(36)}${counter}`;
  return {
    title: `Carte ${unique}`,
    description: "Une carte des données publiques, pour les tests du tableau de bord des producteurs.",
    type: "visualization" as const,
    topic: "transport_and_mobility" as const,
    url: `https://exemple.fr/${unique}`,
    tags: ["velo"],
    unique,
  };
}
