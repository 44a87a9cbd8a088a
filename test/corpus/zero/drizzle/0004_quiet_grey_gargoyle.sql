ALTER TABLE "mail0_google_connection" ADD COLUMN "name" text;--> statement-breakpoint
ALTER TABLE "mail0_google_connection" ADD COLUMN "picture" text;