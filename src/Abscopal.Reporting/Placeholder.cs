namespace Abscopal.Reporting;
