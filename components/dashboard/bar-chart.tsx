// Charts drawn as plain SVG by the server: nothing of them runs in the browser, they are in the page's HTML
// and print as shown. Each is a picture of the table that follows it (the accessible version), so the SVG
// is one image with a label saying so. A hidden count ("< 5") gets no bar: a bar would show its size.

export interface ChartBar {
  label: string;
  /** A shorter label where space is tight (under a column): "août 19". */
  shortLabel?: string;
  /** null: a hidden count, drawn as its text only. */
  value: number | null;
  /** The number as the table writes it ("1 234", "< 5"). */
  text: string;
}

interface ChartProps {
  /** Says what the picture shows and that the numbers are in the table. */
  label: string;
  bars: ChartBar[];
}

const WIDTH = 640;
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 56;
const ROW = 24;
const BAR_HEIGHT = 16;

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Horizontal bars, one per category, largest scale at the longest bar. */
export function HorizontalBarChart({ label, bars }: ChartProps) {
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW + 4;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH }} className="block font-sans">
      {bars.map((bar, index) => {
        const y = index * ROW + 2;
        const width = bar.value === null ? 0 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * barSpace);
        return (
          <g key={`${index}-${bar.label}`}>
            <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT - 3} textAnchor="end" fontSize="13" fill="#223654">
              {truncate(bar.label, 32)}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} fill="#095797" />
            <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT - 3} fontSize="13" fill="#223654" fontWeight={bar.value === null ? 'normal' : 'bold'}>
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const COLUMN_HEIGHT = 150;
const AXIS = 40;

/** Vertical columns in time order (months), labels under each. */
export function ColumnChart({ label, bars }: ChartProps) {
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const slot = Math.min(60, WIDTH / Math.max(1, bars.length));
  const width = Math.max(slot * bars.length, 120);
  const top = 18;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${top + COLUMN_HEIGHT + AXIS}`} width="100%" style={{ maxWidth: width }} className="block font-sans">
      <line x1={0} x2={width} y1={top + COLUMN_HEIGHT} y2={top + COLUMN_HEIGHT} stroke="#6b778a" />
      {bars.map((bar, index) => {
        const height = bar.value === null ? 0 : (bar.value / max) * COLUMN_HEIGHT;
        const x = index * slot;
        const y = top + COLUMN_HEIGHT - height;
        return (
          <g key={`${index}-${bar.label}`}>
            <rect x={x + slot * 0.15} y={y} width={slot * 0.7} height={height} fill="#095797" />
            <text x={x + slot / 2} y={y - 4} textAnchor="middle" fontSize="12" fill="#223654" fontWeight="bold">
              {bar.text}
            </text>
            <text x={x + slot / 2} y={top + COLUMN_HEIGHT + 16} textAnchor="middle" fontSize="11" fill="#223654">
              {truncate(bar.shortLabel ?? bar.label, 9)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
