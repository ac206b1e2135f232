using CareerCompare.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace CareerCompare.Web.Controllers;

public sealed class HomeController(HomeService home) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await home.GetAsync(cancellationToken));
}
