ALTER TABLE "resume" DROP COLUMN "stylesheet_revision";--> statement-breakpoint
ALTER TABLE "resume" DROP COLUMN "render_data_version";