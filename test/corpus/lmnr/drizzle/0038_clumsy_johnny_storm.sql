ALTER TABLE "evaluation_results" ADD COLUMN "metadata" jsonb;--> statement-breakpoint
