/*
 * days.c — calendar arithmetic shared by the stages that compare dates: the day number
 * of a proleptic Gregorian date, by H. Hinnant's days_from_civil
 * (https://howardhinnant.github.io/date_algorithms.html), exact for every year.
 */
#include "util.h"

long dyad_days_from_civil(int y, int m, int d)
{
    long yy = y - (m <= 2);
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
