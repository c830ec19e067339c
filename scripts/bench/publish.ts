export interface LatencySamples {
  samples: number[];
  p50: number;
  p95: number;
  max: number;
}

export interface PublishResult {
  /** How it was measured, one paragraph for the report. */
  method: string;
  /** Why it was not measured, when it was not. */
  pending?: string;
  direct?: LatencySamples;
  proxy?: LatencySamples;
}

/**
 * Step 6, publish → visible: pending until the editorial dashboard's publish action exists
 * (issue 3). It must be measured through the real action, never a test-only route.
 */
export async function measurePublish(): Promise<PublishResult> {
  return {
    method: '',
    pending: "pending: the editorial dashboard's publish action (issue 3) is not available yet",
  };
}
