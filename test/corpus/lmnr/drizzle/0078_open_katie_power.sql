ALTER TABLE "signals" ADD COLUMN "sample_rate" smallint;
