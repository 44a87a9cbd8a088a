ALTER TABLE "latitude"."scores" ADD COLUMN "annotator_id" varchar(24);--> statement-breakpoint
