"use client";

import { useEffect, useState } from "react";

import type { RouterOutputs } from "~/server/api/root";

type Viewer = RouterOutputs["discussions"]["viewer"];

/** Who is looking, asked once per page (every form of the page shares the answer); null when signed out. */
let viewerPromise: Promise<Viewer | null> | undefined;

function loadViewer(): Promise<Viewer | null> {
  viewerPromise ??= import("~/components/trpc/public-client")
    .then(({ publicClient }) => publicClient.query("discussions.viewer") as Promise<Viewer>)
    .catch(() => null);
  return viewerPromise;
}

/**
 * The visitor's state for the discussion forms, fetched after the page hydrates (the cached page is the same for
 * everyone): undefined until known, null when signed out.
 */
export function useViewer(): Viewer | null | undefined {
  const [viewer, setViewer] = useState<Viewer | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadViewer().then((answer) => live && setViewer(answer));
    return () => {
      live = false;
    };
  }, []);
  return viewer;
}

/** udata lets the subject's owners (its owner, its organization's members) and site admins close a discussion. */
export function canClose(
  viewer: Viewer | null | undefined,
  owners: { owner: string | null; organization: string | null },
) {
  if (!viewer) return false;
  return (
    viewer.isAdmin ||
    viewer.userId === owners.owner ||
    (owners.organization !== null && viewer.organizations.includes(owners.organization))
  );
}
