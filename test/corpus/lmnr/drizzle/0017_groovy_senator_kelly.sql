ALTER TABLE "spans" ADD COLUMN "input_url" text;--> statement-breakpoint
ALTER TABLE "spans" ADD COLUMN "output_url" text;