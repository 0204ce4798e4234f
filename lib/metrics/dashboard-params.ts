import { z } from 'zod';
import { defineUrlParams, urlParam } from '@/lib/search-params/define';
import { dateRangeParams } from '@/lib/search-params/parsers';

// The dashboard's URL (/?from=2019-08-01&to=2020-03-31&region=08): the quick choices' links and the custom
// period's form write it, so a view can be bookmarked, shared and printed. The page reads it strictly
// (lib/metrics/dashboard-scope.ts): a bad value is an error naming the field, not a silent default.
const period = dateRangeParams();

export const dashboardParams = defineUrlParams(
  {
    ...period.params,
    region: urlParam<string>(z.string({ message: 'invalidRegion' }).regex(/^\d{2}$/, 'invalidRegion'), String),
  },
  period.check,
);
