export { BarChartWithTable, type ChartRow, type TableColumn } from './BarChartWithTable.tsx';
