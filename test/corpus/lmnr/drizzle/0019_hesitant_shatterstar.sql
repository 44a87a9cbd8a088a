ALTER TYPE "span_type" ADD VALUE 'TOOL';--> statement-breakpoint
ALTER TABLE "spans" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
