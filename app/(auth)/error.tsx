'use client';

// Inside the group's layout, so an error keeps the header; the root's error.tsx catches the rest.
export { ErrorView as default } from '@/components/ui/error-view';
