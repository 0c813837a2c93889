"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { useTRPC } from "~/components/trpc/provider";
import { UrlTaken, type UrlOwner } from "./url-taken";

/**
 * After "Cette URL est déjà enregistrée": looks for the producer's reuse that has the address, and gives the
 * link to it to show in the url's error, as long as the field holds that address.
 */
export function useUrlOwner(currentUrl: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [found, setFound] = useState<{ url: string; owner: UrlOwner | null } | null>(null);

  async function lookup(url: string) {
    try {
      const owner = await queryClient.fetchQuery(trpc.producerReuses.findByUrl.queryOptions({ url }, { staleTime: 0 }));
      setFound({ url, owner });
    } catch {
      // The link is a help: the error next to the field says enough without it.
    }
  }

  const extra = found && found.url.trim() === currentUrl.trim() ? <UrlTaken owner={found.owner} /> : null;
  return { extra, lookup };
}
