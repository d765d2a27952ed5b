import { CnDashGoalChart } from './goal-chart.component';

if (!customElements.get('cn-dash-goal-chart'))
  customElements.define('cn-dash-goal-chart', CnDashGoalChart);

declare global {
  interface HTMLElementTagNameMap {
    'cn-dash-goal-chart': CnDashGoalChart;
  }
}
