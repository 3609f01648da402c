import { type FeedbackRateTable, feedbackRateTable } from './feedback-rate.ts';
import { type FirstResponseTable, firstResponseTable } from './first-response.ts';
import { type InquiriesOverTimeTable, inquiriesOverTimeTable } from './inquiries-over-time.ts';
import { type OutcomeTable, outcomeTable } from './outcomes.ts';
import type { HistoryRecords, MetricsOptions } from './records.ts';
import { type StepsOnTimeTable, stepsOnTimeTable } from './steps-on-time.ts';

export type MetricTable =
  | FeedbackRateTable
  | FirstResponseTable
  | InquiriesOverTimeTable
  | StepsOnTimeTable
  | OutcomeTable;

// Every table the dashboard page shows, computed once for one date range.
export type DashboardTables = {
  feedbackByClass: FeedbackRateTable;
  feedbackBySource: FeedbackRateTable;
  feedbackByMonth: FeedbackRateTable;
  firstResponse: FirstResponseTable;
  inquiriesByWeek: InquiriesOverTimeTable;
  inquiriesByMonth: InquiriesOverTimeTable;
  stepsOnTime: StepsOnTimeTable;
  outcomes: OutcomeTable;
};

export function dashboardTables(records: HistoryRecords, options: MetricsOptions): DashboardTables {
  return {
    feedbackByClass: feedbackRateTable(records.quotations, 'class', options),
    feedbackBySource: feedbackRateTable(records.quotations, 'source', options),
    feedbackByMonth: feedbackRateTable(records.quotations, 'month', options),
    firstResponse: firstResponseTable(records.inquiries, options),
    inquiriesByWeek: inquiriesOverTimeTable(records.inquiries, 'week', options),
    inquiriesByMonth: inquiriesOverTimeTable(records.inquiries, 'month', options),
    stepsOnTime: stepsOnTimeTable(records.steps, options),
    outcomes: outcomeTable(records.outcomes, options),
  };
}
