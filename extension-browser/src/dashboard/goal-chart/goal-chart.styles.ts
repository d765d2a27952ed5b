import { css } from 'lit';

export const goalChartStyles = css`
  svg {
    width: 100%;
    max-width: 720px;
    height: auto;
    display: block;
  }
  .bar-top {
    fill: var(--cn-top);
  }
  .bar-tip {
    fill: var(--cn-tip);
  }
  .axis {
    stroke: var(--cn-border);
  }
  .lane {
    stroke: var(--cn-border);
    stroke-dasharray: 2 3;
  }
  .self {
    fill: var(--cn-accent);
  }
  .self-line {
    fill: none;
    stroke: var(--cn-accent);
    stroke-width: 2;
  }
  .swatch.round {
    border-radius: 50%;
  }
  .tick {
    fill: var(--cn-muted);
    font-size: 10px;
  }
  .legend {
    display: flex;
    gap: 12px;
  }
  .swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-right: 4px;
  }
`;
