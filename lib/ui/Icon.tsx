/** Small line icons for the state screens (SVG: no emoji font needed). Decorative only. */
const PATHS: Record<string, string> = {
  lock: 'M7 11V8a5 5 0 0 1 10 0v3M5 11h14v10H5z',
  search: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14M16.5 16.5L21 21',
  pointer: 'M6 3l12 9l-5.5 1.2L15 20l-2.5 1l-2.5-6.5L6 18z',
  warning: 'M12 3L2 20h20zM12 9v5M12 17v.5',
  globe: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  short: 'M4 8h16M4 12h10M4 16h5',
  compass: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M15.5 8.5l-2 5l-5 2l2-5z',
  empty: 'M5 5h14v14H5zM5 19L19 5',
};

export function Icon({ name }: { name: string }) {
  return (
    <svg
      width="32"
      height="32"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name] ?? PATHS['warning']} />
    </svg>
  );
}
