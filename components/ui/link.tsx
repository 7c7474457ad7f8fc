import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The app's internal link: next/link without prefetching. Every page with anyone's data renders
 * per request (for the CSP nonce and the data itself: components/ui/page-chrome.tsx), so next/link
 * would ask the server to render each page linked from the visible part of this one (a dashboard or
 * gradebook links to dozens) while this one is still loading, work for the server under a class's
 * burst and for a phone's CPU, mostly for pages the reader never opens. Following a link still
 * navigates in the client, rendering only the page chosen.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}

export default Link;
