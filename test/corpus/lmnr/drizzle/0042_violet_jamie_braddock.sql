ALTER TABLE "spans" ADD COLUMN "status" text;--> statement-breakpoint
